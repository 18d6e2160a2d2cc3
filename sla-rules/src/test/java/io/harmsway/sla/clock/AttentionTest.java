package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.rules.Rules;
import io.harmsway.sla.rules.SlaRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Warnings, breach, escalation and acknowledgement of one clock, with time moved by the test. */
class AttentionTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final SlaRule RULE = Rules.read(Rules.SUSPECT_INTERVIEW);

    @Test
    void warnsAtHalfAndThreeQuartersOfTheTimeThenBreachesAtTheDeadline() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH);

        assertThat(fixture.nextAttention()).isEqualTo(START.plus(Duration.ofHours(84)));
        fixture.whenTimeElapses(Duration.ofHours(83)).sweep();
        assertThat(fixture.raised()).isEmpty();

        fixture.whenTimeElapses(Duration.ofHours(1));
        assertThat(fixture.raised()).containsExactly(new Raised.Warning(1, 0.5, START.plus(Duration.ofHours(84))));

        fixture.whenTimeElapses(Duration.ofHours(42));
        assertThat(fixture.raised()).hasSize(2).last()
                .isEqualTo(new Raised.Warning(2, 0.75, START.plus(Duration.ofHours(126))));

        fixture.whenTimeElapses(Duration.ofHours(42));
        assertThat(fixture.raised()).hasSize(3).last().isEqualTo(new Raised.Breach(START.plus(Duration.ofDays(7))));
    }

    /** A one-working-day rule that warns once, when four hours remain, in working hours. */
    static final SlaRule ONE_WORKING_DAY = Rules.read(Rules.SUSPECT_INTERVIEW
            .replace("deadline: {unit: CALENDAR_DAYS, high: 7, medium: 14, standard: 28}",
                    "deadline: {unit: WORKING_DAYS, all: 1}\nwarn: [{remaining: PT4H}]"));

    @Test
    void aShortWorkingDayClockWarnsOnceWhenFourHoursRemainInWorkingHours() {
        Instant mondayFourPm = Instant.parse("2026-03-02T16:00:00Z");
        ClockFixture fixture = ClockFixture.forRule(ONE_WORKING_DAY).givenStartedAt(mondayFourPm, RiskGrade.HIGH);

        assertThat(fixture.nextAttention()).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        fixture.whenTimeElapses(Duration.ofHours(20)).whenTimeElapses(Duration.ofHours(4));
        assertThat(fixture.raised()).containsExactly(
                new Raised.Warning(1, 0.833, Instant.parse("2026-03-03T12:00:00Z")),
                new Raised.Breach(Instant.parse("2026-03-03T16:00:00Z")));
    }

    @Test
    void aWarningThatWouldFallBeforeWorkingHoursWaitsForTheMorning() {
        Instant mondayTenAm = Instant.parse("2026-03-02T10:00:00Z");
        ClockFixture fixture = ClockFixture.forRule(ONE_WORKING_DAY).givenStartedAt(mondayTenAm, RiskGrade.HIGH);

        assertThat(fixture.nextAttention()).as("06:00 on Tuesday moves to 09:00")
                .isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    }

    @Test
    void aWarningThatCouldOnlyReachSomeoneAtOrAfterTheDeadlineIsDropped() {
        Instant saturdayEightAm = Instant.parse("2026-03-07T08:00:00Z");
        ClockFixture fixture = ClockFixture.forRule(ONE_WORKING_DAY).givenStartedAt(saturdayEightAm, RiskGrade.HIGH);

        Instant mondayEightAm = Instant.parse("2026-03-09T08:00:00Z");
        assertThat(fixture.nextAttention()).as("due Monday 08:00, before the working day starts").isEqualTo(mondayEightAm);
        fixture.whenTimeElapses(Duration.between(saturdayEightAm, mondayEightAm));
        assertThat(fixture.raised()).containsExactly(new Raised.Breach(mondayEightAm));
    }

    @Test
    void aShareOfAWorkingDayClockFallingAtNightMovesToTheNextWorkingMorning() {
        SlaRule tenWorkingDays = Rules.read(Rules.SUSPECT_INTERVIEW
                .replace("deadline: {unit: CALENDAR_DAYS, high: 7, medium: 14, standard: 28}",
                        "deadline: {unit: WORKING_DAYS, all: 10}\nwarn: [{share: 0.5}]"));
        Instant mondayEightPm = Instant.parse("2026-03-02T20:00:00Z");
        ClockFixture fixture = ClockFixture.forRule(tenWorkingDays).givenStartedAt(mondayEightPm, RiskGrade.HIGH);

        assertThat(fixture.nextAttention()).as("half of 2 to 16 March 20:00 is 9 March 20:00; the next working moment")
                .isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void aCalendarClockWarnsRoundTheClock() {
        SlaRule hours = Rules.read(Rules.SUSPECT_INTERVIEW
                .replace("deadline: {unit: CALENDAR_DAYS, high: 7, medium: 14, standard: 28}",
                        "deadline: {unit: HOURS, all: 24}\nwarn: [{remaining: PT4H}]"));
        Instant mondayTenAm = Instant.parse("2026-03-02T10:00:00Z");

        assertThat(ClockFixture.forRule(hours).givenStartedAt(mondayTenAm, RiskGrade.HIGH).nextAttention())
                .isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
    }

    @Test
    void raisesEachThingOnlyOnceHoweverOftenTheSweepRuns() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(7)).sweep().sweep();

        assertThat(fixture.raised()).containsExactly(new Raised.Breach(START.plus(Duration.ofDays(7))));
    }

    @Test
    void afterAnOutageRaisesTheBreachWithoutStaleWarnings() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(7).plusHours(3));

        assertThat(fixture.raised()).containsExactly(new Raised.Breach(START.plus(Duration.ofDays(7))));
    }

    @Test
    void afterAnOutageRaisesOnlyTheLatestWarningPassed() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(6));

        assertThat(fixture.raised()).containsExactly(new Raised.Warning(2, 0.75, START.plus(Duration.ofHours(126))));
        assertThat(fixture.nextAttention()).isEqualTo(START.plus(Duration.ofDays(7)));
    }

    @Test
    void escalatesUpTheChainUntilAcknowledged() {
        Instant due = START.plus(Duration.ofDays(7));
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(7));
        assertThat(fixture.nextAttention()).isEqualTo(due.plus(Duration.ofHours(24)));

        fixture.whenTimeElapses(Duration.ofHours(24));
        assertThat(fixture.raised()).last().isEqualTo(new Raised.Escalation(1, "detective inspector", due.plus(Duration.ofDays(1))));

        fixture.whenTimeElapses(Duration.ofDays(2));
        assertThat(fixture.raised()).last()
                .isEqualTo(new Raised.Escalation(2, "detective chief inspector", due.plus(Duration.ofDays(3))));

        // The top of the chain is reminded, as the rule says: every 2 days, then it is silent.
        fixture.whenTimeElapses(Duration.ofDays(2));
        assertThat(fixture.raised()).last()
                .isEqualTo(new Raised.Escalation(2, 1, "detective chief inspector", due.plus(Duration.ofDays(5))));

        fixture.acknowledged();
        assertThat(fixture.nextAttention()).isNull();
        fixture.whenTimeElapses(Duration.ofDays(30));
        assertThat(fixture.raised()).hasSize(4);
    }

    @Test
    void theChainEndsAtItsLastStepAndRemindsTheLastAddresseeAtMostThreeTimes() {
        Instant due = START.plus(Duration.ofDays(7));
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH);

        for (int day = 0; day < 120; day++) {
            fixture.whenTimeElapses(Duration.ofHours(6)).whenTimeElapses(Duration.ofHours(6))
                    .whenTimeElapses(Duration.ofHours(6)).whenTimeElapses(Duration.ofHours(6));
        }

        assertThat(fixture.raised()).filteredOn(Raised.Escalation.class::isInstance).containsExactly(
                new Raised.Escalation(1, 0, "detective inspector", due.plus(Duration.ofDays(1))),
                new Raised.Escalation(2, 0, "detective chief inspector", due.plus(Duration.ofDays(3))),
                new Raised.Escalation(2, 1, "detective chief inspector", due.plus(Duration.ofDays(5))),
                new Raised.Escalation(2, 2, "detective chief inspector", due.plus(Duration.ofDays(7))),
                new Raised.Escalation(2, 3, "detective chief inspector", due.plus(Duration.ofDays(9))));
        assertThat(fixture.nextAttention()).isNull();
    }

    @Test
    void aRuleWithoutRemindersStopsAtItsLastStep() {
        SlaRule noReminders = Rules.read(Rules.SUSPECT_INTERVIEW.replace(Rules.REMINDERS, ""));
        ClockFixture fixture = ClockFixture.forRule(noReminders).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(7)).whenTimeElapses(Duration.ofDays(1))
                .whenTimeElapses(Duration.ofDays(2));
        assertThat(fixture.nextAttention()).isNull();

        fixture.whenTimeElapses(Duration.ofDays(60));

        assertThat(fixture.raised()).filteredOn(Raised.Escalation.class::isInstance)
                .extracting(r -> ((Raised.Escalation) r).level()).containsExactly(1, 2);
    }

    @Test
    void afterAnOutageRaisesTheBreachAndOnlyTheEscalationDueNow() {
        Instant due = START.plus(Duration.ofDays(7));
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(7).plusDays(4));

        assertThat(fixture.raised()).containsExactly(new Raised.Breach(due),
                new Raised.Escalation(2, 0, "detective chief inspector", due.plus(Duration.ofDays(3))));
        assertThat(fixture.nextAttention()).isEqualTo(due.plus(Duration.ofDays(5)));
    }

    @Test
    void afterAnOutageOfWeeksRaisesOneNoticeAndNothingMore() {
        Instant due = START.plus(Duration.ofDays(7));
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(1)).whenTimeElapses(Duration.ofDays(8));
        assertThat(fixture.raised()).last().isEqualTo(new Raised.Escalation(1, 0, "detective inspector",
                due.plus(Duration.ofDays(1))));

        fixture.whenTimeElapses(Duration.ofDays(42));

        assertThat(fixture.raised()).hasSize(3).last()
                .isEqualTo(new Raised.Escalation(2, 3, "detective chief inspector", due.plus(Duration.ofDays(9))));
        assertThat(fixture.nextAttention()).isNull();
        fixture.whenTimeElapses(Duration.ofDays(42));
        assertThat(fixture.raised()).hasSize(3);
    }

    @Test
    void acknowledgementBeforeTheFirstEscalationStopsAllEscalation() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(7)).acknowledged().whenTimeElapses(Duration.ofDays(10));

        assertThat(fixture.raised()).containsExactly(new Raised.Breach(START.plus(Duration.ofDays(7))));
    }

    @Test
    void aPausedClockNeedsNoAttention() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(1)).pausedFor("suspect abroad");

        assertThat(fixture.nextAttention()).isNull();
        fixture.whenTimeElapses(Duration.ofDays(20));
        assertThat(fixture.raised()).isEmpty();
    }
}
