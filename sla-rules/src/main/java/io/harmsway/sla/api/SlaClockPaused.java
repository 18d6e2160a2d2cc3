package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The clock stopped counting, for the stated {@code reason}; {@code pausedBy} is an officer or the rule. */
@Revision("1")
public record SlaClockPaused(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt,
                             String reason, String pausedBy, Instant occurredAt) implements ClockEvent {
}
