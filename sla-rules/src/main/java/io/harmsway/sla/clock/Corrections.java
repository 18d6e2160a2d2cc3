package io.harmsway.sla.clock;

import io.harmsway.sla.rules.EventFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private final ClockMachine machine;
    private final ClockBook clocks;

    Corrections(ClockMachine machine, ClockBook clocks) {
        this.machine = machine;
        this.clocks = clocks;
    }

    void apply(EventFacts correction, Instant at, String correctionEventId) {
        Object eventId = correction.get("correctedEventId");
        Instant occurredAt = correctedTime(correction);
        if (eventId == null || occurredAt == null) {
            return;
        }
        for (RunningClock clock : clocks.openStartedBy(eventId.toString())) {
            clocks.change(clock, machine.startCorrected(clock, occurredAt, at), correctionEventId);
        }
        for (MetClock met : clocks.metBy(eventId.toString())) {
            machine.metTimeCorrected(met, occurredAt, at).ifPresent(clocks::metTimeCorrected);
        }
    }

    /** The corrected time of the action, when the correction moves it and says so readably. */
    private static Instant correctedTime(EventFacts correction) {
        if (!(correction.get("correctedValues") instanceof Map<?, ?> corrected) || corrected.get("occurredAt") == null) {
            return null;
        }
        try {
            return Instant.parse(corrected.get("occurredAt").toString());
        } catch (DateTimeParseException e) {
            log.warn("correction of {} names an unreadable occurredAt '{}'; clocks unchanged",
                    correction.get("correctedEventId"), corrected.get("occurredAt"));
            return null;
        }
    }
}
