package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.PausedTime;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.rules.Reaction;
import io.harmsway.sla.rules.SlaRule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a running clock answers case events and officers' actions, as plain functions: the new state
 * and the events that record the change. Live, the result goes to {@link ClockWriter}; a backtest
 * keeps it in memory. A clock that has breached is not paused and its due date is not moved: the
 * breach has happened, and only acknowledgement or the awaited action answers it.
 */
public final class ClockMachine {

    private final DueDates dueDates;

    public ClockMachine(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    public ClockState start(SlaRule rule, Instant startedAt, RiskGrade risk) {
        return ClockState.started(startedAt, risk, dueDates.dueAt(rule, startedAt, risk, 0, Duration.ZERO));
    }

    /** The effect of a rule's trigger at {@code at}. */
    public Change react(RunningClock clock, Reaction reaction, Instant at) {
        String because = reaction.trigger().reason() != null ? reaction.trigger().reason() : reaction.trigger().event();
        return switch (reaction.kind()) {
            case STOP -> met(clock, at);
            case CANCEL -> Change.ended(Change.Ending.CANCELLED, new SlaClockCancelled(clock.clockId(), clock.caseId(),
                    clock.rule().id(), clock.subjectId(), clock.state().dueAt(), because, at));
            case PAUSE -> pause(clock, because, "rule:" + clock.rule().id(), at);
            case RESUME -> resume(clock, because, "rule:" + clock.rule().id(), at);
            case EXTEND -> extend(clock, reaction.trigger().extendBy(), reaction.trigger().event(), at);
        };
    }

    /** The awaited action happened: late by how far it passed the due date, not counting a pause still running. */
    public Change met(RunningClock clock, Instant at) {
        Instant due = effectiveDue(clock.state(), at);
        Duration lateBy = at.isAfter(due) ? Duration.between(due, at) : Duration.ZERO;
        return Change.ended(Change.Ending.MET, new SlaClockMet(clock.clockId(), clock.caseId(), clock.rule().id(),
                clock.subjectId(), due, at, lateBy));
    }

    public Change pause(RunningClock clock, String reason, String pausedBy, Instant at) {
        ClockState state = clock.state();
        if (state.paused() || state.breached()) {
            return Change.none(state);
        }
        return Change.to(state.pausedSince(at), new SlaClockPaused(clock.clockId(), clock.caseId(), clock.rule().id(),
                clock.subjectId(), state.dueAt(), reason, pausedBy, at));
    }

    public Change resume(RunningClock clock, String reason, String resumedBy, Instant at) {
        ClockState state = clock.state();
        if (!state.paused()) {
            return Change.none(state);
        }
        Duration pausedFor = PausedTime.soFar(Duration.ZERO, state.pausedAt(), at);
        Instant due = state.dueAt().plus(pausedFor);
        return Change.to(state.resumed(pausedFor, due), new SlaClockResumed(clock.clockId(), clock.caseId(),
                clock.rule().id(), clock.subjectId(), state.dueAt(), due, pausedFor, reason, resumedBy, at));
    }

    public Change acknowledge(RunningClock clock, String note, String by, Instant at) {
        ClockState state = clock.state();
        return Change.to(state.acknowledged(at), new SlaClockAcknowledged(clock.clockId(), clock.caseId(),
                clock.rule().id(), clock.subjectId(), state.dueAt(), by, note, at));
    }

    /** The child's risk was re-assessed: a graded deadline moves with it, unless the clock has breached. */
    public Change riskChanged(RunningClock clock, RiskGrade grade, Instant at) {
        ClockState state = clock.state();
        if (state.breached() || grade == state.risk()) {
            return Change.none(state);
        }
        Instant due = dueDates.dueAt(clock.rule(), state.startedAt(), grade, state.extendedUnits(), state.pausedTotal());
        ClockState after = state.withRisk(grade, due);
        if (due.equals(state.dueAt())) {
            return new Change(after, null, List.of());
        }
        return Change.to(after, dueDateChanged(clock, due, "risk re-assessed from " + state.risk() + " to " + grade, at));
    }

    /** The action that started the clock was corrected to have happened at {@code startedAt}. */
    public Change startCorrected(RunningClock clock, Instant startedAt, Instant at) {
        ClockState state = clock.state();
        Instant due = dueDates.dueAt(clock.rule(), startedAt, state.risk(), state.extendedUnits(), state.pausedTotal());
        if (due.equals(state.dueAt()) && startedAt.equals(state.startedAt())) {
            return Change.none(state);
        }
        return Change.to(state.withStart(startedAt, due), dueDateChanged(clock, due,
                "the start was corrected from " + state.startedAt() + " to " + startedAt, at));
    }

    /** The action that met the clock was corrected to have happened at {@code metAt}: how late it now stands. */
    public Optional<SlaClockMetTimeCorrected> metTimeCorrected(MetClock clock, Instant metAt, Instant at) {
        if (metAt.equals(clock.metAt())) {
            return Optional.empty();
        }
        Duration lateBy = metAt.isAfter(clock.dueAt()) ? Duration.between(clock.dueAt(), metAt) : Duration.ZERO;
        return Optional.of(new SlaClockMetTimeCorrected(clock.clockId(), clock.caseId(), clock.ruleId(),
                clock.subjectId(), clock.dueAt(), clock.metAt(), metAt, lateBy, at));
    }

    private Change extend(RunningClock clock, long units, String by, Instant at) {
        ClockState state = clock.state();
        Instant due = clock.rule().deadline().unit().add(state.dueAt(), units, dueDates.calendar());
        return Change.to(state.extended(units, due), dueDateChanged(clock, due,
                "extended by " + units + " " + clock.rule().deadline().unit().words() + " (" + by + ")", at));
    }

    private static SlaClockDueDateChanged dueDateChanged(RunningClock clock, Instant due, String reason, Instant at) {
        return new SlaClockDueDateChanged(clock.clockId(), clock.caseId(), clock.rule().id(), clock.subjectId(),
                clock.state().dueAt(), due, reason, at);
    }

    private static Instant effectiveDue(ClockState state, Instant at) {
        return state.dueAt().plus(PausedTime.soFar(Duration.ZERO, state.pausedAt(), at));
    }
}
