package io.harmsway.query.timeline;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.query.api.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a recorded event reads as a line of a case's chronology: its title and facts, how late it
 * was recorded, and the marks a correction leaves on it. The timeline projection stores these
 * lines; the auditor's replay builds them in memory from the events recorded by a given moment.
 * Both go through here, so a replayed line reads exactly as the live timeline's.
 */
public final class TimelineLines {

    /** Recording this long after the action is still "at the time"; later, the entry says how late. */
    private static final Duration PROMPT = Duration.ofHours(1);

    private final TimelineRenderer renderer;

    public TimelineLines(TimelineRenderer renderer) {
        this.renderer = renderer;
    }

    /** The line of one recorded event, not (yet) corrected. */
    public TimelineEntry line(String eventId, CaseEvent event, Instant recordedAt, String recordedBy) {
        return line(eventId, event.getClass().getSimpleName(), renderer.title(event), renderer.facts(event),
                event.occurredAt(), recordedAt, recordedBy, null, Map.of());
    }

    /**
     * The line as the correction {@code correctionId} leaves it: the entry's own facts unchanged,
     * the correction named, its values laid over any earlier correction's.
     */
    public static TimelineEntry corrected(TimelineEntry entry, String correctionId, Map<String, ?> correctedValues) {
        Map<String, Object> values = new LinkedHashMap<>(entry.correctedValues());
        values.putAll(correctedValues);
        return line(entry.eventId(), entry.type(), entry.title(), entry.facts(), entry.occurredAt(), entry.recordedAt(),
                entry.recordedBy(), correctionId, values);
    }

    static TimelineEntry line(String eventId, String type, String title, Map<String, Object> facts, Instant occurredAt,
                              Instant recordedAt, String recordedBy, String correctedBy,
                              Map<String, Object> correctedValues) {
        Duration lag = Duration.between(occurredAt, recordedAt);
        return new TimelineEntry(eventId, type, title, facts, occurredAt, recordedAt,
                recordedBy == null ? "unknown" : recordedBy, lag,
                lag.compareTo(PROMPT) > 0 ? "recorded " + TimelineRenderer.human(lag) + " after it happened" : null,
                correctedBy != null, correctedBy, Map.copyOf(correctedValues));
    }
}
