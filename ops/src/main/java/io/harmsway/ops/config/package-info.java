/** Wiring of Axon (event store in PostgreSQL, Jackson, processors, the case module), of time, and the datasource's defaults. */
package io.harmsway.ops.config;
