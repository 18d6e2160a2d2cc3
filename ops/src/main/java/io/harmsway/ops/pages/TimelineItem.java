package io.harmsway.ops.pages;

import io.harmsway.query.api.TimelineEntry;

import java.util.stream.Collectors;

/**
 * One entry of the MOJ timeline list under the chart: its title (times in London), who recorded
 * it, when it happened, and its marks: recorded late, corrected (with the corrected values), or a
 * clock's event (a warning, breach, pause...) rather than an action.
 */
record TimelineItem(String title, String recordedBy, String when, String whenIso, boolean action, String late,
                    boolean corrected, String correctedValues, String eventId) {

    /** Clock events are the SLA module's ({@code SlaClock...}); every other entry is an officer's action. */
    static boolean isAction(TimelineEntry entry) {
        return !entry.type().startsWith("SlaClock");
    }

    static TimelineItem of(TimelineEntry entry, LondonTime time) {
        String corrected = entry.correctedValues().entrySet().stream()
                .map(value -> value.getKey() + ": " + time.inText(String.valueOf(value.getValue())))
                .collect(Collectors.joining("; "));
        return new TimelineItem(time.inText(entry.title()), entry.recordedBy(), time.show(entry.occurredAt()),
                time.iso(entry.occurredAt()), isAction(entry), entry.recordedLate(), entry.corrected(), corrected,
                entry.eventId());
    }
}
