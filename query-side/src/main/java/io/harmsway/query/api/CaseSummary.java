package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A case as its list shows it. {@code mostOverdueDueAt} is the earliest due date among its open
 * clocks (null when none is open): compare it with now to see how late it is.
 * {@code breachedClocks} counts the open clocks past their deadline; {@code clocksEverBreached}
 * every clock of the case that was ever breached, open or not: a deadline met late, or a clock
 * cancelled after its breach, still counts there.
 * {@code lateRecordedEntries} counts entries recorded more than the configured threshold after
 * they happened; {@code longestRecordingLag} is the worst such gap.
 */
public record CaseSummary(String caseId, String team, String officer, String riskGrade, String status,
                          String allegation, Instant referredAt, int openClocks, Instant mostOverdueDueAt,
                          int breachedClocks, int clocksEverBreached, int lateRecordedEntries, Duration longestRecordingLag) {
}
