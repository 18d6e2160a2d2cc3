package io.harmsway.query.api;

import java.time.Instant;
import java.util.List;

/**
 * A case as the force knew it at {@code at}, replayed from the events recorded by then (a late
 * entry recorded after {@code at} is absent, a correction recorded after it is not applied):
 * its timeline in the order the actions happened, its clocks with their due dates as they stood,
 * and the alerts open at that moment with who had acknowledged them. {@code eventsKnown} counts
 * the events replayed; {@code lastRecordedAt} is when the latest of them was recorded.
 */
public record CaseAsKnown(String caseId, Instant at, int eventsKnown, Instant lastRecordedAt,
                          List<TimelineEntry> timeline, List<ClockAsKnown> clocks, List<AlertAsKnown> openAlerts) {
}
