package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A clock that needs someone's attention, as the team's inbox shows it. {@code stage} is PAUSED
 * (not yet warned, but stopped with a reason), WARNING, BREACHED, ESCALATED, FAULTED, or
 * CHASE_PARTNER: a partner agency's deadline passed (children's social care, health, the CPS) and
 * the officer who holds the case is told, once, to chase the partner; that is not a supervisor's.
 * {@code pausedFor} counts every pause, the current one up to now; an acknowledged breach keeps
 * its place in the inbox with the plan until the clock is met. {@code officer} holds the case now
 * (after a transfer, the new one); {@code supervisors} are the supervisors of the case's team now,
 * who must act: the read model knows teams, not people, so the web layer names them
 * ({@link #withSupervisors}), and they are null until it has.
 */
public record DelayAlert(String clockId, String caseId, String team, String riskGrade, String ruleId,
                         String ruleTitle, String subjectId, Instant dueAt, Instant raisedAt, String stage,
                         String notifyRole, String officer, Double warningFraction, int escalationLevel,
                         String escalatedTo, Instant escalatedAt, String acknowledgedBy, Instant acknowledgedAt,
                         String acknowledgement, boolean paused, Instant pausedSince, String pauseReason,
                         Duration pausedFor, List<String> supervisors) {

    /** The same alert naming the supervisors of its team. */
    public DelayAlert withSupervisors(List<String> named) {
        return new DelayAlert(clockId, caseId, team, riskGrade, ruleId, ruleTitle, subjectId, dueAt, raisedAt, stage,
                notifyRole, officer, warningFraction, escalationLevel, escalatedTo, escalatedAt, acknowledgedBy,
                acknowledgedAt, acknowledgement, paused, pausedSince, pauseReason, pausedFor, List.copyOf(named));
    }
}
