package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The sweep could not judge this clock (e.g. its rule is no longer in the catalogue), so it
 * stopped watching it: an operator must look. {@code occurredAt} is when the sweep found it.
 */
@Revision("1")
public record SlaClockFaulted(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt,
                              String problem, Instant occurredAt) implements ClockEvent {
}
