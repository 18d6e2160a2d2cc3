/** query-side owns read models; each can be dropped and rebuilt from the event store. */
package io.harmsway.query;
