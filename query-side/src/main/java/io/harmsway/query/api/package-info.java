/** Queries the read models answer, and the views they answer with. */
package io.harmsway.query.api;
