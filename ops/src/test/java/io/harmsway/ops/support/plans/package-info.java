/**
 * The SQL reads the application sends while it serves HTTP requests, recorded with their bound values
 * ({@link io.harmsway.ops.support.plans.ReadRecorder}) and explained as PostgreSQL runs them
 * ({@link io.harmsway.ops.support.plans.ReadStatement#explain}), for {@code bench/plans} and the test
 * that every read of a growing table can be served by an index.
 */
package io.harmsway.ops.support.plans;
