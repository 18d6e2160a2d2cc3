package io.harmsway.query.replay;

import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.query.api.CaseChanges;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockWarned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What was recorded on a case after one moment and up to another, sorted by what it was. */
final class ChangesBetween {

    private ChangesBetween() {
    }

    static CaseChanges of(String caseId, Instant from, KnownRecord atTo) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<TimelineEntry> corrections = new ArrayList<>();
        List<TimelineEntry> alerts = new ArrayList<>();
        List<TimelineEntry> acknowledgements = new ArrayList<>();
        List<TimelineEntry> clockChanges = new ArrayList<>();
        for (StoredEvent stored : atTo.replayed()) {
            if (stored.recordedBy(from)) {
                continue;
            }
            TimelineEntry line = atTo.line(stored.eventId());
            Object event = stored.event();
            if (event instanceof EntryCorrected) {
                corrections.add(line);
            } else if (event instanceof SlaClockWarned || event instanceof SlaClockBreached
                    || event instanceof SlaClockEscalated) {
                alerts.add(line);
            } else if (event instanceof SlaClockAcknowledged) {
                acknowledgements.add(line);
            } else if (event instanceof ClockEvent) {
                clockChanges.add(line);
            } else {
                entries.add(line);
            }
        }
        return new CaseChanges(caseId, from, atTo.at(), entries, corrections, alerts, acknowledgements, clockChanges);
    }
}
