package io.harmsway.query.replay;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.cases.api.format.EventFormat;
import io.harmsway.query.api.CaseAsItHappened;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.ClockAsKnown;
import io.harmsway.query.api.HappenedEntry;
import io.harmsway.query.timeline.TimelineLines;
import io.harmsway.query.timeline.TimelineRenderer;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay's fold on its own: stored events in, the case as known and as it happened out. */
class KnownRecordTest {

    private static final Instant DAY_0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DUE = day(7);
    private static final String CLOCK = "k-1";

    private final TimelineLines timeline = new TimelineLines(new TimelineRenderer(EventFormat.objectMapper()));
    private final List<StoredEvent> stored = new ArrayList<>();

    @Test
    void aBreachRaisedBeforeABackdatedInterviewWasRecordedStandsUntilThenAndStaysInTheHistoryAfter() {
        store(new SuspectIdentified("c", "suspect-1", false, DAY_0), DAY_0, "ivy");
        store(new SlaClockStarted(CLOCK, "c", "suspect-interview", 1, "Suspect interviewed", "suspect-1", RiskGrade.HIGH,
                DAY_0, DUE), DAY_0, "system:sla");
        store(new SlaClockWarned(CLOCK, "c", "suspect-interview", "Suspect interviewed", "suspect-1", 0.5, DUE,
                "investigator", "ivy", day(3.5)), day(3.5), "system:sla");
        store(new SlaClockBreached(CLOCK, "c", "suspect-interview", "Suspect interviewed", "suspect-1", DUE, "supervisor",
                DUE), day(7.1), "system:sla");
        store(new SlaClockAcknowledged(CLOCK, "c", "suspect-interview", "suspect-1", DUE, "sam", "interview Thursday",
                day(8)), day(8), "sam");
        store(new SuspectInterviewed("c", "suspect-1", true, day(5)), day(10), "ivy");
        store(new SlaClockMet(CLOCK, "c", "suspect-interview", "suspect-1", DUE, day(5), Duration.ZERO), day(10),
                "system:sla");

        CaseAsKnown between = KnownRecord.at(day(9), stored, timeline).asKnown("c");
        assertThat(between.openAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("BREACHED");
            assertThat(alert.acknowledgedBy()).isEqualTo("sam");
        });
        assertThat(between.timeline()).extracting(entry -> entry.type()).doesNotContain("SuspectInterviewed");

        CaseAsKnown after = KnownRecord.at(day(10), stored, timeline).asKnown("c");
        ClockAsKnown clock = after.clocks().get(0);
        assertThat(clock.state()).isEqualTo("MET");
        assertThat(clock.lateBy()).isZero();
        assertThat(clock.breachedAt()).isEqualTo(DUE);
        assertThat(clock.history()).extracting(entry -> entry.type()).contains("SlaClockBreached", "SlaClockMet");
        assertThat(after.openAlerts()).isEmpty();

        CaseAsItHappened happened = new AsItHappened(timeline, Duration.ofDays(3)).of("c", KnownRecord.at(day(10), stored, timeline));
        assertThat(happened.entries()).extracting(HappenedEntry::type).containsSubsequence("SuspectInterviewed",
                "SlaClockMet", "SlaClockBreached");
        HappenedEntry breach = happened.entries().stream().filter(e -> e.type().equals("SlaClockBreached")).findFirst()
                .orElseThrow();
        assertThat(breach.note()).contains("in fact met on time at " + day(5));
        HappenedEntry warning = happened.entries().stream().filter(e -> e.type().equals("SlaClockWarned")).findFirst()
                .orElseThrow();
        assertThat(warning.note()).as("the warning came before the interview happened").isNull();
    }

    @Test
    void aWarningDeliveredAfterTheBreachDoesNotTakeTheAlertBack() {
        store(new SlaClockStarted(CLOCK, "c", "r", 1, "R", "case", RiskGrade.HIGH, DAY_0, DUE), DAY_0, "system:sla");
        store(new SlaClockBreached(CLOCK, "c", "r", "R", "case", DUE, "supervisor", DUE), day(7), "system:sla");
        store(new SlaClockWarned(CLOCK, "c", "r", "R", "case", 0.75, DUE, "investigator", "ivy", day(5)), day(7.2),
                "system:sla");

        assertThat(KnownRecord.at(day(8), stored, timeline).asKnown("c").openAlerts()).singleElement()
                .satisfies(alert -> assertThat(alert.stage()).isEqualTo("BREACHED"));
    }

    private void store(CaseEvent event, Instant recordedAt, String by) {
        stored.add(new StoredEvent(stored.size() + 1, "e-" + (stored.size() + 1), event, recordedAt, by));
    }

    private static Instant day(double days) {
        return DAY_0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }
}
