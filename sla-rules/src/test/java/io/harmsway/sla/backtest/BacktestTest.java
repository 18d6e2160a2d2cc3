package io.harmsway.sla.backtest;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.clock.DueDates;
import io.harmsway.sla.rules.Rules;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule run over a recorded history in memory: what it would have flagged, per case and when. */
class BacktestTest {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    final Backtest backtest = new Backtest(new DueDates(Rules.CALENDAR));

    @Test
    void flagsWarningsAndBreachesPerCaseWithWhenAndHowLate() {
        ListHistory history = new ListHistory(
                referral("late", RiskGrade.HIGH, T),
                new SuspectIdentified("late", "suspect-1", false, T),
                referral("prompt", RiskGrade.HIGH, T),
                new SuspectIdentified("prompt", "suspect-1", false, T),
                new SuspectInterviewed("prompt", "suspect-1", true, T.plus(Duration.ofDays(2))),
                new SuspectInterviewed("late", "suspect-1", true, T.plus(Duration.ofDays(9))));
        List<long[]> progress = new ArrayList<>();

        BacktestReport report = backtest.run(Rules.read(Rules.SUSPECT_INTERVIEW), history, T.plus(Duration.ofDays(30)),
                (read, total) -> progress.add(new long[]{read, total}));

        assertThat(report.casesSeen()).isEqualTo(2);
        assertThat(report.clocksStarted()).isEqualTo(2);
        assertThat(report.clocksBreached()).isEqualTo(1);
        assertThat(report.cases()).extracting(BacktestReport.CaseFindings::caseId).containsExactly("late");
        List<BacktestReport.Finding> findings = report.cases().get(0).findings();
        assertThat(findings).extracting(BacktestReport.Finding::kind).containsExactly("WARNING", "WARNING", "BREACH");
        assertThat(findings.get(0).at()).isEqualTo(T.plus(Duration.ofHours(84)));
        BacktestReport.Finding breach = findings.get(2);
        assertThat(breach.at()).isEqualTo(T.plus(Duration.ofDays(7)));
        assertThat(breach.lateBy()).isEqualTo(Duration.ofDays(2));
        assertThat(progress).last().satisfies(last -> assertThat(last[0]).isEqualTo(last[1]));
    }

    @Test
    void aChangedRuleFlagsWhatTheOldOneDidNot() {
        ListHistory history = new ListHistory(referral("c", RiskGrade.STANDARD, T),
                new SuspectIdentified("c", "suspect-1", false, T),
                new SuspectInterviewed("c", "suspect-1", true, T.plus(Duration.ofDays(20))));

        BacktestReport old = backtest.run(Rules.read(Rules.SUSPECT_INTERVIEW), history, T.plus(Duration.ofDays(60)),
                Progress.NONE);
        BacktestReport stricter = backtest.run(Rules.read(Rules.SUSPECT_INTERVIEW.replace("standard: 28", "standard: 14")),
                history, T.plus(Duration.ofDays(60)), Progress.NONE);

        assertThat(old.clocksBreached()).isZero();
        assertThat(stricter.clocksBreached()).isEqualTo(1);
        assertThat(stricter.cases().get(0).findings()).last()
                .satisfies(breach -> assertThat(breach.lateBy()).isEqualTo(Duration.ofDays(6)));
    }

    @Test
    void aClockStillOpenIsFlaggedAsOfTheEndOfTheRun() {
        ListHistory history = new ListHistory(referral("c", RiskGrade.HIGH, T), new SuspectIdentified("c", "suspect-1", false, T));

        BacktestReport report = backtest.run(Rules.read(Rules.SUSPECT_INTERVIEW), history, T.plus(Duration.ofDays(8)),
                Progress.NONE);

        assertThat(report.cases().get(0).findings()).last().satisfies(breach -> {
            assertThat(breach.kind()).isEqualTo("BREACH");
            assertThat(breach.metAt()).isNull();
        });
    }

    @Test
    void aCorrectedStartMovesTheSimulatedClockAsItWouldTheLiveOne() {
        ListHistory history = new ListHistory(referral("c", RiskGrade.HIGH, T.minus(Duration.ofDays(5))),
                new SuspectIdentified("c", "suspect-1", false, T),
                new EntryCorrected("c", "event-1", "SuspectIdentified",
                        Map.of("occurredAt", T.minus(Duration.ofDays(3)).toString()), "identified earlier", T));

        BacktestReport report = backtest.run(Rules.read(Rules.SUSPECT_INTERVIEW), history, T.plus(Duration.ofDays(30)),
                Progress.NONE);

        assertThat(report.cases().get(0).findings()).last()
                .satisfies(breach -> assertThat(breach.at()).isEqualTo(T.plus(Duration.ofDays(4))));
    }

    static ReferralReceived referral(String caseId, RiskGrade risk, Instant at) {
        return new ReferralReceived(caseId, "north", "child-1", 9, AllegationCategory.SEXUAL_ABUSE, risk, "phone",
                "school", false, at);
    }
}
