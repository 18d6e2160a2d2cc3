package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The deadline passed with the clock still running. It happened at the deadline:
 * {@code occurredAt == dueAt}. {@code notifyRole} is the role told of it (the supervisor by default).
 */
@Revision("1")
public record SlaClockBreached(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                               Instant dueAt, String notifyRole, Instant occurredAt) implements ClockEvent {
}
