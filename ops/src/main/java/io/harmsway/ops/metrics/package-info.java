/**
 * What an operator watches from outside: Prometheus meters ({@code /actuator/prometheus}) for the
 * events appended, each processing group's lag behind the store, the open clocks by rule and stage,
 * the sweep's duration and lateness, alerts raised and failed sign-ins; and health indicators that
 * go DOWN when a processor stops or falls behind, or when the sweep has not run for two intervals.
 * The figures read from the database are queried on a timer of their own, never per scrape.
 */
package io.harmsway.ops.metrics;
