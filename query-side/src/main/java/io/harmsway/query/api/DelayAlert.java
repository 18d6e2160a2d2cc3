package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that needs someone's attention, as the team's inbox shows it. {@code stage} is PAUSED
 * (not yet warned, but stopped with a reason), WARNING, BREACHED, ESCALATED, FAULTED, or
 * CHASE_PARTNER: a partner agency's deadline passed (children's social care, health, the CPS) and
 * the officer who holds the case is told, once, to chase the partner; that is not a supervisor's.
 * {@code pausedFor} counts every pause, the current one up to now; an acknowledged breach keeps
 * its place in the inbox with the plan until the clock is met.
 */
public record DelayAlert(String clockId, String caseId, String team, String riskGrade, String ruleId,
                         String ruleTitle, String subjectId, Instant dueAt, Instant raisedAt, String stage,
                         String notifyRole, String officer, Double warningFraction, int escalationLevel,
                         String escalatedTo, Instant escalatedAt, String acknowledgedBy, Instant acknowledgedAt,
                         String acknowledgement, boolean paused, Instant pausedSince, String pauseReason,
                         Duration pausedFor) {
}
