package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.rules.CaseFacts;
import io.harmsway.sla.rules.EventFacts;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.SlaRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts, stops, pauses, resumes, extends and re-dates clocks as case events arrive. Runs in the
 * {@value #GROUP} streaming processor, so the clock rows, the clock events it publishes and the
 * processor's token all commit in one transaction. Clocks run on the time an action happened, not
 * when it was recorded. Events are read by name and field, so a rule can name any case event.
 */
@ProcessingGroup(ClockKeeper.GROUP)
public class ClockKeeper {

    public static final String GROUP = "sla-clocks";

    private static final Logger log = LoggerFactory.getLogger(ClockKeeper.class);

    private final RuleCatalogue catalogue;
    private final ClockStore store;
    private final ClockEvents events;
    private final ClockMachine machine;

    public ClockKeeper(RuleCatalogue catalogue, ClockStore store, ClockEvents events, ClockMachine machine) {
        this.catalogue = catalogue;
        this.store = store;
        this.events = events;
        this.machine = machine;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) {
        if (event instanceof ClockEvent) {
            return;
        }
        EventFacts facts = EventFacts.of(event);
        Object actor = message.getMetaData().get(CaseMetadata.ACTOR);
        rememberCaseFacts(facts, actor == null ? null : actor.toString());
        CaseFacts caseFacts = store.factsOf(event.caseId());
        for (ClockRow row : store.runningClocks(event.caseId())) {
            running(row).ifPresent(clock -> react(clock, row.pauseReason(), facts, caseFacts, event.occurredAt(),
                    message.getIdentifier()));
        }
        if (CaseEventNames.ENTRY_CORRECTED.equals(facts.type())) {
            new Corrections(store, events, machine, catalogue).apply(facts, event.occurredAt());
        }
        for (SlaRule rule : catalogue.inForceAt(event.occurredAt())) {
            if (rule.startsOn(facts, caseFacts)) {
                start(rule, facts, caseFacts.risk(), event.occurredAt(), message.getIdentifier());
            }
        }
    }

    private void rememberCaseFacts(EventFacts facts, String actor) {
        switch (facts.type()) {
            case CaseEventNames.REFERRAL_RECEIVED -> store.rememberCase(facts.caseId(), String.valueOf(facts.get("team")),
                    actor, CaseFacts.fromReferral(facts));
            case CaseEventNames.RISK_ASSESSED -> store.changeRisk(facts.caseId(), grade(facts));
            case CaseEventNames.CASE_TRANSFERRED -> store.transfer(facts.caseId(), text(facts.get("toTeam")),
                    text(facts.get("toOfficer")));
            default -> {
            }
        }
    }

    private void react(RunningClock clock, String pauseReason, EventFacts facts, CaseFacts caseFacts, Instant at,
                       String eventId) {
        RunningClock current = clock;
        if (CaseEventNames.RISK_ASSESSED.equals(facts.type())) {
            Change change = machine.riskChanged(current, grade(facts), at);
            persist(current, change, pauseReason, at, eventId);
            current = current.with(change.after());
        }
        RunningClock subject = current;
        current.rule().reactionTo(facts, caseFacts, current.subjectId())
                .ifPresent(reaction -> persist(subject, machine.react(subject, reaction, at), pauseReason, at, eventId));
    }

    void persist(RunningClock clock, Change change, String pauseReason, Instant at, String eventId) {
        if (change.ending() != null) {
            store.end(clock.clockId(), change.ending(), at, eventId);
        } else if (change.after() != clock.state()) {
            String reason = change.events().stream().filter(SlaClockPaused.class::isInstance)
                    .map(paused -> ((SlaClockPaused) paused).reason()).findFirst().orElse(pauseReason);
            store.save(clock.clockId(), change.after(), reason, Attention.next(change.after(), clock.rule()));
        }
        events.publishAll(change.events());
    }

    private void start(SlaRule rule, EventFacts facts, RiskGrade risk, Instant at, String startingEventId) {
        String subjectId = rule.subject().idIn(facts);
        ClockState state = machine.start(rule, at, risk);
        UUID clockId = UUID.nameUUIDFromBytes((startingEventId + "/" + rule.id()).getBytes(StandardCharsets.UTF_8));
        if (store.start(clockId, facts.caseId(), rule.id(), rule.version(), subjectId, startingEventId, state,
                Attention.next(state, rule))) {
            events.publish(new SlaClockStarted(clockId.toString(), facts.caseId(), rule.id(), rule.version(),
                    rule.title(), subjectId, risk, at, state.dueAt()));
        }
    }

    /** The clock with its rule version; a clock whose rule is gone is left for the sweep to record as a fault. */
    Optional<RunningClock> running(ClockRow row) {
        Optional<SlaRule> rule = catalogue.version(row.ruleId(), row.ruleVersion());
        if (rule.isEmpty() || row.state() == null) {
            log.warn("SLA clock {} ({} v{}) cannot be judged: {}", row.clockId(), row.ruleId(), row.ruleVersion(),
                    row.state() == null ? row.unreadable() : "its rule version is not in the catalogue");
            return Optional.empty();
        }
        return Optional.of(new RunningClock(row.clockId(), row.caseId(), rule.get(), row.subjectId(), row.state()));
    }

    private static RiskGrade grade(EventFacts facts) {
        return RiskGrade.valueOf(String.valueOf(facts.get("riskGrade")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
