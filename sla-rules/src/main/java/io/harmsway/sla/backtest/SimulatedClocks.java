package io.harmsway.sla.backtest;

import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.calendar.WorkingCalendar;
import io.harmsway.sla.clock.Change;
import io.harmsway.sla.clock.ClockBook;
import io.harmsway.sla.clock.MetClock;
import io.harmsway.sla.clock.RunningClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The clocks of a backtest, in memory: each case's open simulated clocks, with the sweep played up
 * to each moment a case event asks about, and what each case would have been flagged for. Met
 * clocks are kept by the event that met them, so that a corrected time moves them as it moves live
 * ones. Every transition goes to {@code transitions}, in the order it happened.
 */
public final class SimulatedClocks implements ClockBook {

    private final Consumer<ClockEvent> transitions;
    private final WorkingCalendar calendar;
    private final Map<String, List<SimulatedClock>> openByCase = new HashMap<>();
    private final Map<String, List<SimulatedClock>> openByStartingEvent = new HashMap<>();
    private final Map<String, MetClock> met = new HashMap<>();
    private final Map<String, List<String>> metByEvent = new HashMap<>();
    private final Map<String, List<BacktestReport.Finding>> findings = new HashMap<>();
    private int started;

    /** @param calendar the working days and hours warnings fall in, as the live sweep's */
    public SimulatedClocks(Consumer<ClockEvent> transitions, WorkingCalendar calendar) {
        this.transitions = transitions;
        this.calendar = calendar;
    }

    @Override
    public List<RunningClock> running(String caseId, Instant moment) {
        List<SimulatedClock> clocks = openByCase.getOrDefault(caseId, List.of());
        clocks.forEach(clock -> clock.advanceTo(moment, flags(caseId)));
        return clocks.stream().map(SimulatedClock::running).toList();
    }

    @Override
    public List<RunningClock> openStartedBy(String eventId) {
        return openByStartingEvent.getOrDefault(eventId, List.of()).stream().map(SimulatedClock::running).toList();
    }

    @Override
    public List<MetClock> metBy(String eventId) {
        return metByEvent.getOrDefault(eventId, List.of()).stream().map(met::get).toList();
    }

    @Override
    public void start(RunningClock clock, String startedBy, SlaClockStarted event) {
        List<SimulatedClock> clocks = openByCase.computeIfAbsent(clock.caseId(), id -> new ArrayList<>());
        if (clocks.stream().map(SimulatedClock::running).anyMatch(open -> sameRuleAndSubject(open, clock))) {
            return;
        }
        SimulatedClock simulated = new SimulatedClock(clock, startedBy, calendar);
        clocks.add(simulated);
        openByStartingEvent.computeIfAbsent(startedBy, id -> new ArrayList<>()).add(simulated);
        started++;
        transitions.accept(event);
    }

    @Override
    public void change(RunningClock before, Change change, String byEventId) {
        SimulatedClock clock = openByCase.getOrDefault(before.caseId(), List.of()).stream()
                .filter(open -> open.running().clockId().equals(before.clockId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open simulated clock " + before.clockId()));
        clock.apply(change, flags(before.caseId()));
        change.events().forEach(transitions);
        if (clock.ended()) {
            openByCase.get(before.caseId()).remove(clock);
            openByStartingEvent.computeIfPresent(clock.startedBy(), (id, clocks) -> {
                clocks.remove(clock);
                return clocks.isEmpty() ? null : clocks;
            });
        }
        if (change.ending() == Change.Ending.MET) {
            met.put(before.clockId(), new MetClock(before.clockId(), before.caseId(), before.rule().id(),
                    before.subjectId(), before.state().dueAt(), change.endedAt()));
            metByEvent.computeIfAbsent(byEventId, id -> new ArrayList<>()).add(before.clockId());
        }
    }

    @Override
    public void metTimeCorrected(SlaClockMetTimeCorrected corrected) {
        met.computeIfPresent(corrected.clockId(), (id, clock) -> new MetClock(clock.clockId(), clock.caseId(),
                clock.ruleId(), clock.subjectId(), clock.dueAt(), corrected.metAt()));
        transitions.accept(corrected);
    }

    /** Plays the sweep for every open clock up to {@code moment}: where a backtest run ends. */
    void advanceAllTo(Instant moment) {
        openByCase.forEach((caseId, clocks) -> clocks.forEach(clock -> clock.advanceTo(moment, flags(caseId))));
    }

    int started() {
        return started;
    }

    /** What each case would have been flagged for, by case. */
    Map<String, List<BacktestReport.Finding>> findings() {
        return findings;
    }

    private List<BacktestReport.Finding> flags(String caseId) {
        return findings.computeIfAbsent(caseId, id -> new ArrayList<>());
    }

    private static boolean sameRuleAndSubject(RunningClock one, RunningClock other) {
        return one.rule().id().equals(other.rule().id()) && one.subjectId().equals(other.subjectId());
    }
}
