/** Wiring of Axon (event store in PostgreSQL, Jackson, processors) and of time. */
package io.harmsway.ops.config;
