package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/** The clock counts again after {@code pausedFor}; its due date moved from {@code previousDueAt} to {@code dueAt}. */
@Revision("1")
public record SlaClockResumed(String clockId, String caseId, String ruleId, String subjectId, Instant previousDueAt,
                              Instant dueAt, Duration pausedFor, String reason, String resumedBy,
                              Instant occurredAt) implements ClockEvent {
}
