package io.harmsway.sla.backtest;

import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.clock.ClockMachine;
import io.harmsway.sla.clock.DueDates;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.Rules;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.harmsway.sla.backtest.BacktestTest.T;
import static io.harmsway.sla.backtest.BacktestTest.referral;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * History replayed through the live interpreter into simulated clocks, without a database: the
 * transitions it records are those the live keeper appends (compared with the live keeper itself
 * in the ops module's {@code SlaTransitionsLiveAndReplayedIntegrationTest}).
 */
class ReplayTest {

    final RuleCatalogue rules = new RuleCatalogue(List.of(Rules.read(Rules.SUSPECT_INTERVIEW)), Rules.CALENDAR);
    final List<ClockEvent> transitions = new ArrayList<>();
    final Replay replay = new Replay(rules, new ClockMachine(new DueDates(Rules.CALENDAR)),
            new SimulatedClocks(transitions::add, Rules.CALENDAR));

    @Test
    void aReassessedRiskReDatesTheClockAndACorrectedMeetingTimeJudgesItAgain() {
        ListHistory history = new ListHistory(referral("c", RiskGrade.HIGH, T),
                new SuspectIdentified("c", "suspect-1", false, T),
                new RiskAssessed("c", RiskGrade.MEDIUM, RiskGrade.HIGH, "moved away", T.plus(Duration.ofDays(1))),
                new SuspectInterviewed("c", "suspect-1", true, T.plus(Duration.ofDays(16))),
                new EntryCorrected("c", "event-3", "SuspectInterviewed",
                        Map.of("occurredAt", T.plus(Duration.ofDays(10)).toString()), "it was on day ten",
                        T.plus(Duration.ofDays(17))));

        long read = replay.over(history, Progress.NONE);

        assertThat(read).isEqualTo(5);
        assertThat(replay.casesSeen()).isEqualTo(1);
        assertThat(transitions).extracting(Object::getClass).containsExactly(SlaClockStarted.class,
                SlaClockDueDateChanged.class, SlaClockMet.class, SlaClockMetTimeCorrected.class);
        assertThat(((SlaClockDueDateChanged) transitions.get(1)).dueAt()).isEqualTo(T.plus(Duration.ofDays(14)));
        assertThat(((SlaClockMet) transitions.get(2)).lateBy()).isEqualTo(Duration.ofDays(2));
        SlaClockMetTimeCorrected corrected = (SlaClockMetTimeCorrected) transitions.get(3);
        assertThat(corrected.previousMetAt()).isEqualTo(T.plus(Duration.ofDays(16)));
        assertThat(corrected.lateBy()).isZero();
    }

    @Test
    void clockEventsInTheHistoryAreThePastOutputAndChangeNothing() {
        ListHistory history = new ListHistory(referral("c", RiskGrade.HIGH, T),
                new SlaClockStarted("live-clock", "c", "suspect-interview", 1, "Suspect interviewed", "suspect-1",
                        RiskGrade.HIGH, T, T.plus(Duration.ofDays(7))));

        replay.over(history, Progress.NONE);

        assertThat(transitions).isEmpty();
    }
}
