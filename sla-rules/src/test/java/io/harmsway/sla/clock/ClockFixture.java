package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.rules.Reaction;
import io.harmsway.sla.rules.Rules;
import io.harmsway.sla.rules.SlaRule;
import io.harmsway.sla.rules.Trigger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Given–when–then for one clock, with time moved explicitly: the clock starts at a given time,
 * time elapses, the sweep runs at the moments the test names.
 */
final class ClockFixture {

    private final SlaRule rule;
    private final ClockMachine machine = new ClockMachine(new DueDates(Rules.CALENDAR));
    private RunningClock clock;
    private Instant now;
    private final List<Raised> raised = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    private ClockFixture(SlaRule rule) {
        this.rule = rule;
    }

    static ClockFixture forRule(SlaRule rule) {
        return new ClockFixture(rule);
    }

    ClockFixture givenStartedAt(Instant start, RiskGrade risk) {
        now = start;
        clock = new RunningClock("clock-1", "case-1", rule, "suspect-1", machine.start(rule, start, risk));
        return this;
    }

    /** Moves time on and runs the sweep once, as Quartz would at that moment. */
    ClockFixture whenTimeElapses(Duration elapsed) {
        now = now.plus(elapsed);
        return sweep();
    }

    ClockFixture sweep() {
        Instant next = Attention.next(clock.state(), rule, Rules.CALENDAR);
        if (next != null && !next.isAfter(now)) {
            Attention.Outcome outcome = Attention.due(clock.state(), rule, Rules.CALENDAR, now);
            raised.addAll(outcome.raised());
            clock = clock.with(outcome.after());
        }
        return this;
    }

    ClockFixture apply(Change change) {
        events.addAll(change.events());
        if (change.after() != null) {
            clock = clock.with(change.after());
        }
        return this;
    }

    ClockFixture pausedFor(String reason) {
        return apply(machine.pause(clock, reason, "ivy", now));
    }

    ClockFixture resumed() {
        return apply(machine.resume(clock, "back", "ivy", now));
    }

    ClockFixture acknowledged() {
        return apply(machine.acknowledge(clock, "plan", "sam", now));
    }

    ClockFixture reacts(Reaction.Kind kind, long extendBy) {
        return apply(machine.react(clock, new Reaction(kind, new Trigger("X", Map.of(), "because", extendBy)), now));
    }

    ClockMachine machine() {
        return machine;
    }

    RunningClock clock() {
        return clock;
    }

    Instant now() {
        return now;
    }

    List<Raised> raised() {
        return raised;
    }

    List<Object> events() {
        return events;
    }

    Instant nextAttention() {
        return Attention.next(clock.state(), rule, Rules.CALENDAR);
    }
}
