package io.harmsway.query.api;

import java.time.Instant;

/**
 * An alert that stood open at a moment: a warning, breach or escalation raised (recorded) by then
 * on a clock still running then. {@code stage} is WARNING, BREACHED or ESCALATED; {@code raisedAt}
 * is when the latest stage was recorded; the acknowledgement fields are null when nobody had
 * acknowledged it by then.
 */
public record AlertAsKnown(String clockId, String ruleId, String ruleTitle, String subjectId, String stage,
                           Instant dueAt, Instant raisedAt, String notifyRole, int escalationLevel,
                           boolean paused, String acknowledgedBy, Instant acknowledgedAt, String acknowledgement) {
}
