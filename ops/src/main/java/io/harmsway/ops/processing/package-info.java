/**
 * Processors that never stall on one event. Every streaming processing group parks an event its
 * handlers cannot process, with the rest of its case behind it, in Axon's JDBC dead-letter queue
 * ({@code dead_letter_entry}), and goes on with every other case. Each event is handled in a unit
 * of work of its own on a savepoint, so a failure undoes that event's work and nothing else.
 * Operators list and retry parked cases over {@code /api/ops/dead-letters} and see them in health.
 */
package io.harmsway.ops.processing;
