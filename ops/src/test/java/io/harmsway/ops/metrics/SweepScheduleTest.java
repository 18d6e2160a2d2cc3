package io.harmsway.ops.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SweepScheduleTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void isOnTimeAndRunningWhileTheNextRunIsAhead() {
        SweepSchedule schedule = schedule(NOW.minusSeconds(20), NOW.plusSeconds(10));

        assertThat(schedule.lateSeconds()).isZero();
        assertThat(schedule.sinceLastSeconds()).isEqualTo(20);
        assertThat(schedule.stalled()).isEmpty();
    }

    @Test
    void countsHowLateAnOverdueRunIs() {
        SweepSchedule schedule = schedule(NOW.minusSeconds(45), NOW.minusSeconds(15));

        assertThat(schedule.lateSeconds()).isEqualTo(15);
        assertThat(schedule.stalled()).as("late, but not yet two intervals").isEmpty();
    }

    @Test
    void hasStalledWhenItHasNotStartedForTwoIntervals() {
        assertThat(schedule(NOW.minusSeconds(60), NOW.minusSeconds(30)).stalled()).isEmpty();
        assertThat(schedule(NOW.minusSeconds(61), NOW.minusSeconds(31)).stalled()).hasValueSatisfying(why ->
                assertThat(why).isEqualTo("the sweep last started at 2026-03-02T08:58:59Z, more than two intervals (PT1M) ago"));
    }

    @Test
    void aFirstRunThatNeverStartsStallsToo() {
        SweepSchedule neverRan = new SweepSchedule(true, Optional.empty(), Optional.of(NOW.minusSeconds(61)), NOW, INTERVAL);

        assertThat(neverRan.sinceLastSeconds()).isEqualTo(-1);
        assertThat(neverRan.stalled()).isPresent();
    }

    @Test
    void aSweepWithoutATriggerHasStalled() {
        SweepSchedule none = new SweepSchedule(false, Optional.empty(), Optional.empty(), NOW, INTERVAL);

        assertThat(none.stalled()).hasValue("the sweep has no trigger: it does not run");
    }

    private static SweepSchedule schedule(Instant last, Instant next) {
        return new SweepSchedule(true, Optional.of(last), Optional.of(next), NOW, INTERVAL);
    }
}
