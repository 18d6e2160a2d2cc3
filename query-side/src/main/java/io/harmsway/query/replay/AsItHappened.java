package io.harmsway.query.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.format.EventFormat;
import io.harmsway.query.api.CaseAsItHappened;
import io.harmsway.query.api.HappenedEntry;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.query.timeline.TimelineLines;
import io.harmsway.query.timeline.TimelineRenderer;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockWarned;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case on the axis of valid time: every entry recorded so far at the time it happened, with its
 * corrections applied (a corrected entry is read again as its event with the corrected values, so
 * its title says what is now known to have happened) and the entry as recorded beside it. Each entry
 * says how long after it happened it was recorded, and whether that is late. An alert the sweep
 * raised on a clock whose awaited action had in fact already happened, but was recorded only
 * afterwards, is kept and says so: on this axis it comes after the action that answered it.
 */
final class AsItHappened {

    private final TimelineLines timeline;
    private final Duration lateThreshold;
    private final ObjectMapper json = EventFormat.objectMapper();

    AsItHappened(TimelineLines timeline, Duration lateThreshold) {
        this.timeline = timeline;
        this.lateThreshold = lateThreshold;
    }

    CaseAsItHappened of(String caseId, KnownRecord record) {
        List<HappenedEntry> entries = record.replayed().stream().map(stored -> entry(stored, record))
                .sorted(Comparator.comparing(HappenedEntry::occurredAt))
                .toList();
        int late = (int) entries.stream().filter(HappenedEntry::late).count();
        return new CaseAsItHappened(caseId, record.at(), lateThreshold, late, entries);
    }

    private HappenedEntry entry(StoredEvent stored, KnownRecord record) {
        TimelineEntry recorded = record.line(stored.eventId());
        Map<String, Object> corrections = corrections(stored, recorded, record);
        TimelineEntry known = corrections.isEmpty() ? recorded
                : timeline.line(stored.eventId(), corrected(stored.event(), corrections, recorded),
                stored.recordedAt(), stored.recordedBy());
        Duration lag = Duration.between(known.occurredAt(), known.recordedAt());
        return new HappenedEntry(stored.eventId(), known.type(), known.title(), known.facts(), known.occurredAt(),
                known.recordedAt(), !corrections.isEmpty(), lag, lag.compareTo(lateThreshold) > 0,
                overtaken(stored, record), recorded);
    }

    /** What is now known to differ from the record: an officer's correction, or a met clock's corrected time. */
    private static Map<String, Object> corrections(StoredEvent stored, TimelineEntry recorded, KnownRecord record) {
        Map<String, Object> values = new LinkedHashMap<>(recorded.correctedValues());
        if (stored.event() instanceof SlaClockMet met) {
            ClockRecord clock = record.clock(met.clockId());
            values.putAll(clock.metTimeCorrection(met));
        }
        return values;
    }

    /** The event read again with the corrected values; if they do not fit its fields, only its time moves. */
    private CaseEvent corrected(CaseEvent event, Map<String, Object> values, TimelineEntry recorded) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(event, Map.class));
        fields.putAll(values);
        try {
            return json.convertValue(fields, event.getClass());
        } catch (IllegalArgumentException unfit) {
            Map<String, Object> timeOnly = new LinkedHashMap<>(json.convertValue(event, Map.class));
            if (values.containsKey("occurredAt")) {
                timeOnly.put("occurredAt", values.get("occurredAt"));
            }
            return json.convertValue(timeOnly, event.getClass());
        }
    }

    /** Why an alert stands before the action that answered it, when that action was recorded after the alert. */
    private static String overtaken(StoredEvent stored, KnownRecord record) {
        if (!(stored.event() instanceof SlaClockWarned || stored.event() instanceof SlaClockBreached
                || stored.event() instanceof SlaClockEscalated)) {
            return null;
        }
        ClockRecord clock = record.clock(((ClockEvent) stored.event()).clockId());
        Instant ended = clock.endedAt();
        if (ended == null || !stored.event().occurredAt().isAfter(ended)
                || !clock.endRecordedAt().isAfter(stored.recordedAt())) {
            return null;
        }
        StoredEvent end = record.event(clock.endedBy());
        String outcome = end.event() instanceof SlaClockMet ? clock.metWords() : "cancelled";
        return "raised at " + stored.recordedAt() + " on what was recorded then: the clock was in fact " + outcome
                + " at " + ended + ", recorded only at " + clock.endRecordedAt() + " ("
                + TimelineRenderer.human(Duration.between(ended, clock.endRecordedAt())) + " after it happened)";
    }
}
