package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A share ({@code fraction}) of the clock's time has run: {@code notifyRole} (the responsible
 * investigator's role) and {@code officer} (the officer who holds the case) are told; {@code team}
 * is the case's team, whose supervisor oversees it (null in events stored before it was recorded).
 */
@Revision("1")
public record SlaClockWarned(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                             double fraction, Instant dueAt, String notifyRole, String officer,
                             Instant occurredAt, String team) implements ClockEvent {

    /** A warning naming no team: how events were stored before the team was recorded. */
    public SlaClockWarned(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                          double fraction, Instant dueAt, String notifyRole, String officer, Instant occurredAt) {
        this(clockId, caseId, ruleId, ruleTitle, subjectId, fraction, dueAt, notifyRole, officer, occurredAt, null);
    }
}
