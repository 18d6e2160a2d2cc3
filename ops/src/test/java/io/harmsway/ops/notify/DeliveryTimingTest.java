package io.harmsway.ops.notify;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** When a notice goes out: digests, quiet hours over midnight and across a change of the clocks. */
class DeliveryTimingTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    final DeliveryTiming timing = new DeliveryTiming(LocalTime.of(7, 0), LONDON);

    static NotificationSettings quiet(LocalTime from, LocalTime until, boolean lowerRiskBreaches, boolean digest) {
        return new NotificationSettings("ivy", "ivy@north.test", null, null, digest, from, until, lowerRiskBreaches);
    }

    @Test
    void aBatchedWarningWaitsForTheNextDigestInLondonTime() {
        NotificationSettings digest = quiet(null, null, false, true);
        // 1 July: British Summer Time, so 07:00 in London is 06:00 UTC.
        assertThat(timing.schedule(NoticeKind.WARNING, digest, false, Instant.parse("2026-07-01T05:59:00Z")))
                .isEqualTo(new DeliveryTiming.Schedule(DeliveryStatus.DIGEST, Instant.parse("2026-07-01T06:00:00Z")));
        assertThat(timing.schedule(NoticeKind.WARNING, digest, false, Instant.parse("2026-07-01T06:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-07-02T06:00:00Z"));
        assertThat(timing.schedule(NoticeKind.BREACH, digest, false, Instant.parse("2026-07-01T05:00:00Z")))
                .as("a breach never waits for a digest")
                .isEqualTo(new DeliveryTiming.Schedule(DeliveryStatus.PENDING, Instant.parse("2026-07-01T05:00:00Z")));
    }

    @Test
    void quietHoursOverMidnightHoldAWarningUntilTheyEnd() {
        NotificationSettings night = quiet(LocalTime.of(22, 0), LocalTime.of(7, 0), false, false);
        // 15 January: GMT, London is UTC.
        assertThat(timing.schedule(NoticeKind.WARNING, night, false, Instant.parse("2026-01-15T23:30:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
        assertThat(timing.schedule(NoticeKind.WARNING, night, false, Instant.parse("2026-01-16T03:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
        assertThat(timing.schedule(NoticeKind.WARNING, night, false, Instant.parse("2026-01-16T07:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
        assertThat(timing.schedule(NoticeKind.WARNING, night, false, Instant.parse("2026-01-16T12:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-01-16T12:00:00Z"));
        // The night the clocks go forward (29 March 2026): 07:00 BST is 06:00 UTC.
        assertThat(timing.schedule(NoticeKind.WARNING, night, false, Instant.parse("2026-03-28T23:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void quietHoursNeverHoldAHighRiskBreachAndHoldOthersOnlyIfAsked() {
        Instant night = Instant.parse("2026-01-15T23:30:00Z");
        Instant morning = Instant.parse("2026-01-16T07:00:00Z");
        NotificationSettings warningsOnly = quiet(LocalTime.of(22, 0), LocalTime.of(7, 0), false, false);
        NotificationSettings breachesToo = quiet(LocalTime.of(22, 0), LocalTime.of(7, 0), true, false);

        assertThat(timing.schedule(NoticeKind.BREACH, warningsOnly, false, night).dueAt()).isEqualTo(night);
        assertThat(timing.schedule(NoticeKind.BREACH, breachesToo, false, night).dueAt()).isEqualTo(morning);
        assertThat(timing.schedule(NoticeKind.ESCALATION, breachesToo, false, night).dueAt()).isEqualTo(morning);
        for (NoticeKind urgent : new NoticeKind[]{NoticeKind.BREACH, NoticeKind.PARTNER_BREACH, NoticeKind.ESCALATION,
                NoticeKind.REMINDER}) {
            assertThat(timing.schedule(urgent, breachesToo, true, night).dueAt()).as(urgent.name()).isEqualTo(night);
        }
        assertThat(timing.schedule(NoticeKind.ACKNOWLEDGEMENT, warningsOnly, true, night).dueAt()).isEqualTo(morning);
    }
}
