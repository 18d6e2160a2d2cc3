package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The deadline passed with the clock still running. It happened at the deadline:
 * {@code occurredAt == dueAt}. {@code notifyRole} is the role told of it (the supervisor by default);
 * {@code officer} is the officer who held the case when it was raised and {@code team} the team
 * whose supervisor must act (both null in events stored before they were recorded, and for a case
 * opened with no officer). {@code agency} is the agency that had to act (null in older events: the
 * police): a partner's missed deadline ({@code SOCIAL_CARE}, {@code HEALTH}, {@code CPS}) is told to
 * the investigator once, to chase the partner, and goes no further.
 */
@Revision("1")
public record SlaClockBreached(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                               Instant dueAt, String notifyRole, Instant occurredAt,
                               String officer, String team, String agency) implements ClockEvent {

    /** A breach with no officer named: how events were stored before the officer was recorded. */
    public SlaClockBreached(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                            Instant dueAt, String notifyRole, Instant occurredAt) {
        this(clockId, caseId, ruleId, ruleTitle, subjectId, dueAt, notifyRole, occurredAt, null);
    }

    /** A police breach naming the officer only: how events were stored before team and agency were recorded. */
    public SlaClockBreached(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                            Instant dueAt, String notifyRole, Instant occurredAt, String officer) {
        this(clockId, caseId, ruleId, ruleTitle, subjectId, dueAt, notifyRole, occurredAt, officer, null, null);
    }

    /** Whether the deadline was a partner agency's, for the officer to chase rather than a supervisor to answer. */
    public boolean partners() {
        return agency != null && !"POLICE".equals(agency);
    }
}
