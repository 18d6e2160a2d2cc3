package io.harmsway.query.api;

import java.time.Instant;
import java.util.List;

/**
 * What changed on a case between two moments: everything recorded after {@code from} and up to
 * {@code to}, so that the case as known at {@code from} plus these is the case as known at
 * {@code to}. Officers' entries, corrections, alerts raised (warnings, breaches, escalations),
 * acknowledgements, and the clocks' other changes (started, paused, resumed, re-dated, met,
 * cancelled), each list in the order recorded, each line as known at {@code to}.
 */
public record CaseChanges(String caseId, Instant from, Instant to, List<TimelineEntry> entriesRecorded,
                          List<TimelineEntry> corrections, List<TimelineEntry> alertsRaised,
                          List<TimelineEntry> acknowledgements, List<TimelineEntry> clockChanges) {
}
