/**
 * What the tests of the whole application share: one base class with the application, its clock
 * and the demo users ({@link io.harmsway.ops.support.IntegrationTestBase}), this run's own
 * PostgreSQL database, the API as a user sees it, the event store read with SQL, and JSON reads
 * that fail as assertions so that waiting tests keep waiting.
 */
package io.harmsway.ops.support;
