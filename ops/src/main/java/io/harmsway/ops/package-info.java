/** ops assembles and runs the product: HTTP API, security, Axon and Quartz wiring, demo data. */
package io.harmsway.ops;
