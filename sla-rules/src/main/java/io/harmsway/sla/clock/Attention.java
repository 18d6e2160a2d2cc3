package io.harmsway.sla.clock;

import io.harmsway.sla.rules.EscalationStep;
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
 * <p>Warnings fall at fractions of the clock's running time (paused time excluded). After an
 * outage only the latest passed warning is raised, and none once the breach itself is due: a late
 * warning tells nobody anything. Escalation steps are timed from the deadline and stop at the end
 * of the chain; the rule's {@link io.harmsway.sla.rules.Reminders reminders} then remind the last
 * addressee a bounded number of times. A clock's {@code escalations} counts every notice of the
 * chain raised so far, steps and reminders alike. After an outage only the notice due now is
 * raised: the person who must act now hears once, nobody hears of the steps that passed meanwhile.
 */
public final class Attention {

    private Attention() {
    }

    /** The next moment this clock needs the sweep; null when it needs none (paused, acknowledged, chain ended). */
    public static Instant next(ClockState clock, SlaRule rule) {
        if (clock.paused()) {
            return null;
        }
        if (!clock.breached()) {
            if (clock.warningsRaised() < rule.warnAt().size()) {
                Instant warning = warningAt(clock, rule.warnAt().get(clock.warningsRaised()));
                return warning.isBefore(clock.dueAt()) ? warning : clock.dueAt();
            }
            return clock.dueAt();
        }
        if (clock.acknowledgedAt() != null || clock.escalations() >= notices(rule)) {
            return null;
        }
        return noticeAt(clock, rule, clock.escalations() + 1);
    }

    /** What is due at {@code now}, and the clock's state once it is raised. */
    public static Outcome due(ClockState clock, SlaRule rule, Instant now) {
        List<Raised> raised = new ArrayList<>();
        ClockState state = clock;
        if (state.paused()) {
            return new Outcome(raised, state);
        }
        if (!state.breached()) {
            if (!now.isBefore(state.dueAt())) {
                raised.add(new Raised.Breach(state.dueAt()));
                state = state.breachedAt(state.dueAt(), rule.warnAt().size());
            } else {
                int passed = passedWarnings(state, rule, now);
                if (passed > state.warningsRaised()) {
                    double fraction = rule.warnAt().get(passed - 1);
                    raised.add(new Raised.Warning(passed, fraction, warningAt(state, fraction)));
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

    /** The moment warning {@code fraction} falls: that share of the running time after the start. */
    static Instant warningAt(ClockState clock, double fraction) {
        Duration running = Duration.between(clock.startedAt(), clock.dueAt()).minus(clock.pausedTotal());
        long beforeDue = Math.round(running.toMillis() * (1 - fraction));
        return clock.dueAt().minusMillis(beforeDue);
    }

    private static int passedWarnings(ClockState clock, SlaRule rule, Instant now) {
        int passed = 0;
        for (double fraction : rule.warnAt()) {
            if (!warningAt(clock, fraction).isAfter(now)) {
                passed++;
            }
        }
        return passed;
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
