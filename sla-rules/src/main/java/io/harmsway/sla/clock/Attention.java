package io.harmsway.sla.clock;

import io.harmsway.sla.calendar.WorkingCalendar;
import io.harmsway.sla.rules.EscalationStep;
import io.harmsway.sla.rules.Warning;
import io.harmsway.sla.rules.SlaRule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweep's decisions, as plain functions of a clock's state, its rule and the moment: what is
 * due now, and when the clock next needs attention. No storage, no clock of its own, so tests
 * drive it with explicit instants.
 *
 * <p>Warnings fall at shares of the clock's running time (paused time excluded) or when a stated
 * time remains. On a clock counted in working days a warning falling outside working hours moves
 * to the next working moment, and is dropped when that is not before the deadline (the breach
 * then says it all); a warning at or before the clock's start is dropped too (the start is the
 * notice). After an outage only the latest passed warning is raised, and none once the breach
 * itself is due: a late warning tells nobody anything. Escalation steps are timed from the deadline and stop at the end
 * of the chain; the rule's {@link io.harmsway.sla.rules.Reminders reminders} then remind the last
 * addressee a bounded number of times. A clock's {@code escalations} counts every notice of the
 * chain raised so far, steps and reminders alike. After an outage only the notice due now is
 * raised: the person who must act now hears once, nobody hears of the steps that passed meanwhile.
 */
public final class Attention {

    private Attention() {
    }

    /** The next moment this clock needs the sweep; null when it needs none (paused, acknowledged, chain ended). */
    public static Instant next(ClockState clock, SlaRule rule, WorkingCalendar calendar) {
        if (clock.paused()) {
            return null;
        }
        if (!clock.breached()) {
            List<Instant> warnings = warningTimes(clock, rule, calendar);
            return clock.warningsRaised() < warnings.size() ? warnings.get(clock.warningsRaised()) : clock.dueAt();
        }
        if (clock.acknowledgedAt() != null || clock.escalations() >= notices(rule)) {
            return null;
        }
        return noticeAt(clock, rule, clock.escalations() + 1);
    }

    /** What is due at {@code now}, and the clock's state once it is raised. */
    public static Outcome due(ClockState clock, SlaRule rule, WorkingCalendar calendar, Instant now) {
        List<Raised> raised = new ArrayList<>();
        ClockState state = clock;
        if (state.paused()) {
            return new Outcome(raised, state);
        }
        if (!state.breached()) {
            if (!now.isBefore(state.dueAt())) {
                raised.add(new Raised.Breach(state.dueAt()));
                state = state.breachedAt(state.dueAt(), Math.max(state.warningsRaised(),
                        warningTimes(state, rule, calendar).size()));
            } else {
                List<Instant> warnings = warningTimes(state, rule, calendar);
                int passed = (int) warnings.stream().filter(at -> !at.isAfter(now)).count();
                if (passed > state.warningsRaised()) {
                    Instant at = warnings.get(passed - 1);
                    raised.add(new Raised.Warning(passed, shareAt(state, at), at));
                    state = state.warned(passed);
                }
            }
        }
        if (state.breached() && state.acknowledgedAt() == null) {
            int reached = state.escalations();
            while (reached < notices(rule) && !noticeAt(state, rule, reached + 1).isAfter(now)) {
                reached++;
            }
            if (reached > state.escalations()) {
                raised.add(notice(state, rule, reached));
                state = state.escalatedTo(reached);
            }
        }
        return new Outcome(raised, state);
    }

    /** When the clock's warnings fall, earliest first, each after the start and before the deadline. */
    static List<Instant> warningTimes(ClockState clock, SlaRule rule, WorkingCalendar calendar) {
        Duration running = running(clock);
        List<Instant> times = new ArrayList<>();
        for (Warning warning : rule.warnings()) {
            Instant at = warning.at(clock.dueAt(), running);
            if (rule.warnsInWorkingTime()) {
                at = calendar.nextWorkingMoment(at);
            }
            if (at.isAfter(clock.startedAt()) && at.isBefore(clock.dueAt()) && !times.contains(at)) {
                times.add(at);
            }
        }
        times.sort(null);
        return times;
    }

    /** The share of the running time that has passed at {@code at}: what a warning tells of the clock. */
    private static double shareAt(ClockState clock, Instant at) {
        long running = running(clock).toMillis();
        long left = Duration.between(at, clock.dueAt()).toMillis();
        return running <= 0 ? 1 : Math.round(1000.0 * (running - left) / running) / 1000.0;
    }

    private static Duration running(ClockState clock) {
        return Duration.between(clock.startedAt(), clock.dueAt()).minus(clock.pausedTotal());
    }

    /** How many notices the chain holds in all: its steps, then the reminders after the last. */
    private static int notices(SlaRule rule) {
        return rule.escalation().size() + rule.reminders().times();
    }

    /** When notice {@code n} of the chain falls: the steps' delays after the deadline, then the reminders' interval. */
    static Instant noticeAt(ClockState clock, SlaRule rule, int n) {
        List<EscalationStep> steps = rule.escalation();
        Instant at = clock.dueAt();
        for (int step = 1; step <= Math.min(n, steps.size()); step++) {
            at = at.plus(steps.get(step - 1).after());
        }
        int reminders = Math.max(0, n - steps.size());
        return at.plus(rule.reminders().every().multipliedBy(reminders));
    }

    private static Raised.Escalation notice(ClockState clock, SlaRule rule, int n) {
        List<EscalationStep> steps = rule.escalation();
        int level = Math.min(n, steps.size());
        return new Raised.Escalation(level, n - level, steps.get(level - 1).to(), noticeAt(clock, rule, n));
    }

    /** What the sweep raises and the state it leaves the clock in. */
    public record Outcome(List<Raised> raised, ClockState after) {
    }
}
