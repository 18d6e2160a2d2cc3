package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.rules.Reaction;
import io.harmsway.sla.rules.Rules;
import io.harmsway.sla.rules.SlaRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How a clock answers pauses, re-assessed risk, extensions, corrections and the awaited action. */
class ClockMachineTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final SlaRule RULE = Rules.read(Rules.SUSPECT_INTERVIEW);

    @Test
    void aPauseMovesTheDueDateByItsLengthAndSaysWhy() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(2)).pausedFor("child in hospital")
                .whenTimeElapses(Duration.ofDays(3)).resumed();

        assertThat(fixture.events()).hasSize(2);
        SlaClockPaused paused = (SlaClockPaused) fixture.events().get(0);
        assertThat(paused.reason()).isEqualTo("child in hospital");
        SlaClockResumed resumed = (SlaClockResumed) fixture.events().get(1);
        assertThat(resumed.pausedFor()).isEqualTo(Duration.ofDays(3));
        assertThat(resumed.previousDueAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(resumed.dueAt()).isEqualTo(START.plus(Duration.ofDays(10)));
        // Warnings count running time only: half of 7 days of running is 3.5 days, plus the 3 paused.
        assertThat(fixture.nextAttention()).isEqualTo(START.plus(Duration.ofHours(84 + 72)));
    }

    @Test
    void aBackdatedPauseCountsFromItsStatedTime() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(4));
        Instant leftTheCountry = START.plus(Duration.ofDays(1));

        fixture.apply(fixture.machine().pause(fixture.clock(), "the suspect is abroad", "ivy", leftTheCountry))
                .whenTimeElapses(Duration.ofDays(1)).resumed();

        SlaClockPaused paused = (SlaClockPaused) fixture.events().get(0);
        assertThat(paused.occurredAt()).isEqualTo(leftTheCountry);
        SlaClockResumed resumed = (SlaClockResumed) fixture.events().get(1);
        assertThat(resumed.pausedFor()).isEqualTo(Duration.ofDays(4));
        assertThat(resumed.dueAt()).isEqualTo(START.plus(Duration.ofDays(11)));
    }

    @Test
    void metDuringAPauseIsNotLateForTheTimePaused() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(6)).pausedFor("with the CPS").whenTimeElapses(Duration.ofDays(5));

        Change met = fixture.machine().met(fixture.clock(), fixture.now());

        assertThat(((SlaClockMet) met.events().get(0)).lateBy()).isEqualTo(Duration.ZERO);
        assertThat(met.ending()).isEqualTo(Change.Ending.MET);
    }

    @Test
    void metAfterTheDeadlineIsLateByHowFarItPassed() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(8).plusHours(2));

        SlaClockMet met = (SlaClockMet) fixture.machine().met(fixture.clock(), fixture.now()).events().get(0);

        assertThat(met.lateBy()).isEqualTo(Duration.ofDays(1).plusHours(2));
        assertThat(met.onTime()).isFalse();
    }

    @Test
    void aReassessedRiskRecomputesTheDueDateAndRecordsOldAndNew() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.STANDARD)
                .whenTimeElapses(Duration.ofDays(1));

        fixture.apply(fixture.machine().riskChanged(fixture.clock(), RiskGrade.HIGH, fixture.now()));

        SlaClockDueDateChanged changed = (SlaClockDueDateChanged) fixture.events().get(0);
        // 28 calendar days in London: summer time began on the way, so the same local time is an hour earlier in UTC.
        assertThat(changed.previousDueAt()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(changed.dueAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(changed.reason()).contains("STANDARD", "HIGH");
        assertThat(fixture.clock().state().risk()).isEqualTo(RiskGrade.HIGH);
    }

    @Test
    void aBreachedClockKeepsItsDueDateWhenRiskIsReassessed() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(8));

        assertThat(fixture.machine().riskChanged(fixture.clock(), RiskGrade.STANDARD, fixture.now()).changed()).isFalse();
    }

    @Test
    void anExtensionAddsDeadlineUnits() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .reacts(Reaction.Kind.EXTEND, 3);

        assertThat(((SlaClockDueDateChanged) fixture.events().get(0)).dueAt()).isEqualTo(START.plus(Duration.ofDays(10)));
        assertThat(fixture.clock().state().extendedUnits()).isEqualTo(3);
    }

    @Test
    void aCorrectedStartMovesTheDueDate() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH);

        fixture.apply(fixture.machine().startCorrected(fixture.clock(), START.minus(Duration.ofDays(2)), START));

        assertThat(fixture.clock().state().dueAt()).isEqualTo(START.plus(Duration.ofDays(5)));
        assertThat(((SlaClockDueDateChanged) fixture.events().get(0)).reason()).contains("corrected");
    }

    @Test
    void aBreachedClockCannotBePaused() {
        ClockFixture fixture = ClockFixture.forRule(RULE).givenStartedAt(START, RiskGrade.HIGH)
                .whenTimeElapses(Duration.ofDays(8)).pausedFor("too late");

        assertThat(fixture.events()).isEmpty();
    }
}
