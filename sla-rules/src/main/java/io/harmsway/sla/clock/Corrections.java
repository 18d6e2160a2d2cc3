package io.harmsway.sla.clock;

import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.rules.EventFacts;
import io.harmsway.sla.rules.RuleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * An {@code EntryCorrected} that moves an action in time moves the clocks that action started or
 * stopped: a running clock gets a new due date, a met clock a new verdict of how late it was.
 * Both are recorded as clock events; the original clock events stay as they were.
 */
final class Corrections {

    private static final Logger log = LoggerFactory.getLogger(Corrections.class);

    private final ClockStore store;
    private final ClockEvents events;
    private final ClockMachine machine;
    private final RuleCatalogue catalogue;

    Corrections(ClockStore store, ClockEvents events, ClockMachine machine, RuleCatalogue catalogue) {
        this.store = store;
        this.events = events;
        this.machine = machine;
        this.catalogue = catalogue;
    }

    void apply(EventFacts correction, Instant at) {
        Object values = correction.get("correctedValues");
        Object eventId = correction.get("correctedEventId");
        if (!(values instanceof Map<?, ?> corrected) || eventId == null || corrected.get("occurredAt") == null) {
            return;
        }
        Instant occurredAt;
        try {
            occurredAt = Instant.parse(corrected.get("occurredAt").toString());
        } catch (DateTimeParseException e) {
            log.warn("correction of {} names an unreadable occurredAt '{}'; clocks unchanged", eventId,
                    corrected.get("occurredAt"));
            return;
        }
        for (ClockRow row : store.startedBy(eventId.toString())) {
            if ("OPEN".equals(row.status())) {
                catalogue.version(row.ruleId(), row.ruleVersion()).filter(rule -> row.state() != null).ifPresent(rule -> {
                    RunningClock clock = new RunningClock(row.clockId(), row.caseId(), rule, row.subjectId(), row.state());
                    Change change = machine.startCorrected(clock, occurredAt, at);
                    if (change.changed()) {
                        store.save(row.clockId(), change.after(), row.pauseReason(), Attention.next(change.after(), rule));
                        events.publishAll(change.events());
                    }
                });
            }
        }
        for (ClockRow row : store.stoppedBy(eventId.toString())) {
            if ("MET".equals(row.status()) && row.state() != null && !occurredAt.equals(row.stoppedAt())) {
                Instant due = row.state().dueAt();
                Duration lateBy = occurredAt.isAfter(due) ? Duration.between(due, occurredAt) : Duration.ZERO;
                store.correctStop(row.clockId(), occurredAt);
                events.publish(new SlaClockMetTimeCorrected(row.clockId(), row.caseId(), row.ruleId(), row.subjectId(),
                        due, row.stoppedAt(), occurredAt, lateBy, at));
            }
        }
    }
}
