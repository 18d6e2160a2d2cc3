package io.harmsway.query.replay;

import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.query.api.AlertAsKnown;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.ClockAsKnown;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.query.timeline.TimelineLines;
import io.harmsway.sla.api.ClockEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case's stored events replayed in the order they were stored, up to a moment: each event's
 * timeline line, the marks corrections leave on the lines they correct, and each clock as its
 * events leave it. The one fold behind every view of the replay.
 */
final class KnownRecord {

    private final Instant at;
    private final List<StoredEvent> replayed;
    private final Map<String, TimelineEntry> lines = new LinkedHashMap<>();
    private final Map<String, StoredEvent> byId = new LinkedHashMap<>();
    private final Map<String, ClockRecord> clocks = new LinkedHashMap<>();

    private KnownRecord(Instant at, List<StoredEvent> replayed) {
        this.at = at;
        this.replayed = replayed;
    }

    /** The events of {@code stored} (in store order) recorded by {@code at}, replayed. */
    static KnownRecord at(Instant at, List<StoredEvent> stored, TimelineLines timeline) {
        KnownRecord record = new KnownRecord(at, stored.stream().filter(event -> event.recordedBy(at)).toList());
        record.replayed.forEach(event -> record.apply(event, timeline));
        return record;
    }

    private void apply(StoredEvent stored, TimelineLines timeline) {
        TimelineEntry line = timeline.line(stored.eventId(), stored.event(), stored.recordedAt(), stored.recordedBy());
        lines.put(stored.eventId(), line);
        byId.put(stored.eventId(), stored);
        if (stored.event() instanceof EntryCorrected correction) {
            lines.computeIfPresent(correction.correctedEventId(),
                    (id, corrected) -> TimelineLines.corrected(corrected, stored.eventId(), correction.correctedValues()));
        }
        if (stored.event() instanceof ClockEvent clockEvent) {
            clocks.computeIfAbsent(clockEvent.clockId(), ClockRecord::new)
                    .apply(clockEvent, stored.recordedAt(), line);
        }
    }

    Instant at() {
        return at;
    }

    List<StoredEvent> replayed() {
        return replayed;
    }

    /** The line of an event as known at this moment: corrections recorded by then applied. */
    TimelineEntry line(String eventId) {
        return lines.get(eventId);
    }

    StoredEvent event(String eventId) {
        return byId.get(eventId);
    }

    ClockRecord clock(String clockId) {
        return clocks.get(clockId);
    }

    /** The timeline as it read then: in the order the actions happened, ties in the order stored. */
    List<TimelineEntry> timeline() {
        List<TimelineEntry> timeline = new ArrayList<>(lines.values());
        timeline.sort(Comparator.comparing(TimelineEntry::occurredAt));
        return timeline;
    }

    CaseAsKnown asKnown(String caseId) {
        List<ClockAsKnown> clockViews = clocks.values().stream().map(clock -> clock.asKnownAt(at)).toList();
        List<AlertAsKnown> alerts = clocks.values().stream().map(ClockRecord::openAlert).filter(Objects::nonNull).toList();
        Instant last = replayed.isEmpty() ? null : replayed.stream().map(StoredEvent::recordedAt)
                .max(Comparator.naturalOrder()).orElseThrow();
        return new CaseAsKnown(caseId, at, replayed.size(), last, timeline(), clockViews, alerts);
    }
}
