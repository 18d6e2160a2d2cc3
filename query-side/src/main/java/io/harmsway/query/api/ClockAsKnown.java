package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One SLA clock as its recorded events had left it at a moment. {@code state} is OPEN, MET or
 * CANCELLED; {@code overdue} says an open, counting clock was past its due date at that moment
 * (the breach itself is {@code breachedAt}, the deadline it was raised for, once the sweep had
 * recorded it, at {@code breachRecordedAt}). A met clock has {@code metAt} (corrected, if its
 * action's time was) and {@code lateBy}, zero when met on time: a clock met on time by an action
 * recorded after its breach keeps the breach, and {@code verdict} says both in words.
 * {@code history} is every event of the clock known then, in the order recorded.
 */
public record ClockAsKnown(String clockId, String ruleId, String ruleTitle, String subjectId, String riskGrade,
                           Instant startedAt, Instant dueAt, String state, boolean overdue, boolean paused,
                           Instant pausedSince, String pauseReason, int warnings, Instant breachedAt,
                           Instant breachRecordedAt, int escalationLevel, Instant metAt, Duration lateBy,
                           Instant endedAt, Instant endRecordedAt, String fault, String verdict,
                           List<TimelineEntry> history) {
}
