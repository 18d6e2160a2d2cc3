package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A breach nobody acknowledged went up the chain: {@code level} 1 is the first step, to
 * {@code notifyRole}; the level never passes the chain's last step. {@code reminder} is 0 for the
 * step itself and n for the rule's n-th reminder to the last addressee after the last step (0 in
 * events stored before reminders were bounded). {@code officer} is the officer who held the case
 * when it was raised and {@code team} its team (null in events stored before they were recorded).
 */
@Revision("1")
public record SlaClockEscalated(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                                int level, String notifyRole, Instant dueAt, Instant occurredAt, int reminder,
                                String officer, String team) implements ClockEvent {

    /** An escalation naming no team: how events were stored before the team was recorded. */
    public SlaClockEscalated(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                             int level, String notifyRole, Instant dueAt, Instant occurredAt, int reminder,
                             String officer) {
        this(clockId, caseId, ruleId, ruleTitle, subjectId, level, notifyRole, dueAt, occurredAt, reminder, officer,
                null);
    }

    /** The step itself, with no officer named: how events were stored before both were recorded. */
    public SlaClockEscalated(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                             int level, String notifyRole, Instant dueAt, Instant occurredAt) {
        this(clockId, caseId, ruleId, ruleTitle, subjectId, level, notifyRole, dueAt, occurredAt, 0, null, null);
    }
}
