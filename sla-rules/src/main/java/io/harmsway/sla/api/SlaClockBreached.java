package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The deadline passed with the clock still running. It happened at the deadline:
 * {@code occurredAt == dueAt}. {@code notifyRole} is the role told of it (the supervisor by default);
 * {@code officer} is the officer who held the case when it was raised (null in events stored before
 * it was recorded, and for a case opened with no officer).
 */
@Revision("1")
public record SlaClockBreached(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                               Instant dueAt, String notifyRole, Instant occurredAt,
                               String officer) implements ClockEvent {

    /** A breach with no officer named: how events were stored before the officer was recorded. */
    public SlaClockBreached(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                            Instant dueAt, String notifyRole, Instant occurredAt) {
        this(clockId, caseId, ruleId, ruleTitle, subjectId, dueAt, notifyRole, occurredAt, null);
    }
}
