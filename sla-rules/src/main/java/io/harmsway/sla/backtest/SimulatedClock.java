package io.harmsway.sla.backtest;

import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.calendar.WorkingCalendar;
import io.harmsway.sla.clock.Attention;
import io.harmsway.sla.clock.Change;
import io.harmsway.sla.clock.ClockState;
import io.harmsway.sla.clock.Raised;
import io.harmsway.sla.clock.RunningClock;

import java.time.Instant;
import java.util.List;

/**
 * A clock in a backtest: the live clock logic, with the sweep played at every moment the clock
 * needed attention, so each warning and the breach is flagged when a sweep would have raised it.
 */
final class SimulatedClock {

    static final String WARNING = "WARNING";
    static final String BREACH = "BREACH";

    private final String startedBy;
    private final WorkingCalendar calendar;
    private RunningClock running;
    private boolean ended;
    private int breachFinding = -1;

    SimulatedClock(RunningClock started, String startedBy, WorkingCalendar calendar) {
        this.startedBy = startedBy;
        this.calendar = calendar;
        this.running = started;
    }

    String startedBy() {
        return startedBy;
    }

    RunningClock running() {
        return running;
    }

    boolean ended() {
        return ended;
    }

    /** Plays the sweep at each moment of attention up to {@code moment}. */
    void advanceTo(Instant moment, List<BacktestReport.Finding> findings) {
        Instant next = Attention.next(running.state(), running.rule(), calendar);
        while (!ended && next != null && !next.isAfter(moment)) {
            Attention.Outcome outcome = Attention.due(running.state(), running.rule(), calendar, next);
            for (Raised raised : outcome.raised()) {
                record(raised, outcome.after(), findings);
            }
            running = changed(outcome.after());
            Instant after = Attention.next(running.state(), running.rule(), calendar);
            next = after != null && after.isAfter(next) ? after : null;
        }
    }

    void apply(Change change, List<BacktestReport.Finding> findings) {
        if (change.ending() != null) {
            ended = true;
            for (ClockEvent event : change.events()) {
                if (event instanceof SlaClockMet met && breachFinding >= 0) {
                    BacktestReport.Finding breach = findings.get(breachFinding);
                    findings.set(breachFinding, new BacktestReport.Finding(BREACH, breach.subjectId(), breach.startedAt(),
                            breach.dueAt(), breach.at(), null, met.occurredAt(), met.lateBy()));
                }
            }
        } else if (change.after() != null) {
            running = changed(change.after());
        }
    }

    private RunningClock changed(ClockState state) {
        return new RunningClock(running.clockId(), running.caseId(), running.rule(), running.subjectId(), state);
    }

    private void record(Raised raised, ClockState state, List<BacktestReport.Finding> findings) {
        if (raised instanceof Raised.Warning warning) {
            findings.add(new BacktestReport.Finding(WARNING, running.subjectId(), state.startedAt(), state.dueAt(),
                    warning.at(), warning.fraction(), null, null));
        } else if (raised instanceof Raised.Breach breach) {
            breachFinding = findings.size();
            findings.add(new BacktestReport.Finding(BREACH, running.subjectId(), state.startedAt(), state.dueAt(),
                    breach.at(), null, null, null));
        }
    }

    @Override
    public String toString() {
        return "simulated clock started by " + startedBy;
    }
}
