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
 * warning tells nobody anything. Escalation steps are timed from the deadline; after the last
 * step, the breach is raised again to the last addressee at the last step's interval until someone
 * acknowledges it.
 */
public final class Attention {

    private Attention() {
    }

    /** The next moment this clock needs the sweep; null when it needs none (paused, or breach acknowledged). */
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
        if (clock.acknowledgedAt() != null || rule.escalation().isEmpty()) {
            return null;
        }
        return escalationAt(clock, rule.escalation(), clock.escalations() + 1);
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
        if (state.breached() && state.acknowledgedAt() == null && !rule.escalation().isEmpty()) {
            List<EscalationStep> steps = rule.escalation();
            int level = state.escalations();
            while (!escalationAt(state, steps, level + 1).isAfter(now)) {
                level++;
            }
            for (int step = state.escalations() + 1; step <= level; step++) {
                if (step <= steps.size() || step == level) {
                    raised.add(new Raised.Escalation(step, addressee(steps, step), escalationAt(state, steps, step)));
                }
            }
            state = state.escalatedTo(level);
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

    static Instant escalationAt(ClockState clock, List<EscalationStep> steps, int level) {
        Instant at = clock.dueAt();
        for (int step = 1; step <= level; step++) {
            at = at.plus(steps.get(Math.min(step, steps.size()) - 1).after());
        }
        return at;
    }

    private static String addressee(List<EscalationStep> steps, int level) {
        return steps.get(Math.min(level, steps.size()) - 1).to();
    }

    /** What the sweep raises and the state it leaves the clock in. */
    public record Outcome(List<Raised> raised, ClockState after) {
    }
}
