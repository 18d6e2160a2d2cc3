/**
 * Tests of the read models: each projection on its own (events in, rows and query answers out,
 * against a PostgreSQL database of its own migrated by Flyway), and each family rebuilt alone from
 * the event store of the running application.
 */
package io.harmsway.ops.readmodels;
