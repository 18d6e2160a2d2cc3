package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.rules.CaseFacts;
import io.harmsway.sla.rules.EventFacts;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.SlaRule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What one case event does to the clocks: the case facts it changes, then for each open clock of
 * the case a re-graded deadline and the rule's reaction (stop, cancel, pause, resume, extend), then
 * the clocks a corrected time moves, then the clocks it starts under the rules in force (counted
 * from the event, or from the case fact the starting trigger names). The live
 * keeper and the backtest both call this, each with its own books, so a backtest judges history
 * exactly as the live system does. Clocks run on the time an action happened, not when it was
 * recorded; events are read by name and field, so a rule can name any case event.
 */
public final class CaseEventInterpreter {

    private final RuleCatalogue rules;
    private final ClockMachine machine;
    private final CaseBook cases;
    private final ClockBook clocks;
    private final Corrections corrections;
    private final EventsThatMatter eventsThatMatter;

    public CaseEventInterpreter(RuleCatalogue rules, ClockMachine machine, CaseBook cases, ClockBook clocks) {
        this.rules = rules;
        this.machine = machine;
        this.cases = cases;
        this.clocks = clocks;
        this.corrections = new Corrections(machine, clocks);
        this.eventsThatMatter = new EventsThatMatter(rules);
    }

    /**
     * Whether an event of this type can change anything {@link #interpret} looks after (see
     * {@link EventsThatMatter}); the live keeper does not take up any other event at all.
     */
    public boolean mayChangeClocks(Class<?> eventType) {
        return eventsThatMatter.mayChangeClocks(eventType);
    }

    /** Interprets one case event; clock events are the interpretation's own output and change nothing. */
    public void interpret(CaseEvent event, String eventId, String actor) {
        if (event instanceof ClockEvent) {
            return;
        }
        EventFacts facts = EventFacts.of(event);
        rememberCaseFacts(facts, actor);
        Seen seen = new Seen(facts, cases.factsOf(event.caseId()), event.occurredAt(), eventId);
        for (RunningClock clock : clocks.running(event.caseId(), seen.at())) {
            react(clock, seen);
        }
        if (CaseEventNames.ENTRY_CORRECTED.equals(facts.type())) {
            corrections.apply(facts, seen.at(), eventId);
        }
        for (SlaRule rule : rules.inForceAt(seen.at())) {
            rule.startingTrigger(facts, seen.caseFacts())
                    .ifPresent(trigger -> start(rule, trigger.countsFrom(seen.at(), seen.caseFacts()), seen));
        }
    }

    private void rememberCaseFacts(EventFacts facts, String actor) {
        switch (facts.type()) {
            case CaseEventNames.REFERRAL_RECEIVED -> cases.opened(facts.caseId(), String.valueOf(facts.get("team")),
                    actor, CaseFacts.fromReferral(facts));
            case CaseEventNames.RISK_ASSESSED -> cases.riskChanged(facts.caseId(), grade(facts));
            case CaseEventNames.CASE_TRANSFERRED -> cases.transferred(facts.caseId(), text(facts.get("toTeam")),
                    text(facts.get("toOfficer")));
            case CaseEventNames.STRATEGY_DISCUSSION_HELD -> {
                if (Boolean.TRUE.equals(facts.get("section47Enquiry"))) {
                    cases.noted(facts.caseId(), CaseFacts.SECTION_47_DISCUSSION_AT, text(facts.get("occurredAt")));
                }
            }
            case CaseEventNames.SECTION_47_ENQUIRY_CONCLUDED -> cases.noted(facts.caseId(), CaseFacts.SECTION_47_OUTCOME,
                    text(facts.get("outcome")));
            default -> {
            }
        }
    }

    private void react(RunningClock clock, Seen seen) {
        RunningClock current = clock;
        if (CaseEventNames.RISK_ASSESSED.equals(seen.facts().type())) {
            Change change = machine.riskChanged(current, grade(seen.facts()), seen.at());
            clocks.change(current, change, seen.eventId());
            current = current.with(change.after());
        }
        RunningClock regraded = current;
        current.rule().reactionTo(seen.facts(), seen.caseFacts(), current.subjectId()).ifPresent(reaction ->
                clocks.change(regraded, machine.react(regraded, reaction, seen.at()), seen.eventId()));
    }

    private void start(SlaRule rule, Instant countsFrom, Seen seen) {
        String subjectId = rule.subject().idIn(seen.facts());
        RiskGrade risk = seen.caseFacts().risk();
        ClockState state = machine.start(rule, countsFrom, risk);
        String clockId = UUID.nameUUIDFromBytes((seen.eventId() + "/" + rule.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
        String caseId = seen.facts().caseId();
        clocks.start(new RunningClock(clockId, caseId, rule, subjectId, state), seen.eventId(),
                new SlaClockStarted(clockId, caseId, rule.id(), rule.version(), rule.title(), subjectId, risk,
                        countsFrom, state.dueAt()));
    }

    private static RiskGrade grade(EventFacts facts) {
        return RiskGrade.valueOf(String.valueOf(facts.get("riskGrade")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The event being interpreted, with the case's facts once it is taken into account. */
    private record Seen(EventFacts facts, CaseFacts caseFacts, Instant at, String eventId) {
    }
}
