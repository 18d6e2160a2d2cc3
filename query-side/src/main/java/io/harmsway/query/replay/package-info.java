/**
 * The auditor's replay of a case on both axes of time, built from the stored events themselves,
 * never from a read model: as it was known at any moment (system time: what had been recorded by
 * then), as it happened (valid time: {@code occurredAt}, corrections applied), and what changed
 * between two moments. Entries read as the live timeline's ({@link io.harmsway.query.timeline.TimelineLines});
 * clocks and alerts are what the clock events recorded, not a fresh judgement by today's rules.
 */
package io.harmsway.query.replay;
