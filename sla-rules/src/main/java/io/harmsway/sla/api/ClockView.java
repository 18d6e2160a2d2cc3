package io.harmsway.sla.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock as it stands: {@code state} is OPEN, MET or CANCELLED; a paused clock is OPEN with
 * {@code pausedSince} set; {@code pausedFor} is the time it spent paused before now. {@code agency}
 * is the agency that must act (POLICE, SOCIAL_CARE, HEALTH, CPS; null when the rule version is no
 * longer in the catalogue): a partner's clock shows here but warns and escalates nobody.
 */
public record ClockView(String clockId, String caseId, String ruleId, int ruleVersion, String agency, String subjectId,
                        String riskGrade, Instant startedAt, Instant dueAt, String state, Instant pausedSince,
                        String pauseReason, Duration pausedFor, int warningsRaised, Instant breachedAt,
                        int escalations, Instant acknowledgedAt, Instant stoppedAt, Instant nextAttentionAt,
                        String fault) {
}
