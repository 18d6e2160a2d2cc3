package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.SlaRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Starts and stops clocks as case events arrive. Runs in the {@value #GROUP} streaming
 * processor, so the clock rows, the clock events it publishes and the processor's token all
 * commit in one transaction. Clocks run on the time an action happened, not when it was recorded.
 */
@ProcessingGroup(ClockKeeper.GROUP)
public class ClockKeeper {

    public static final String GROUP = "sla-clocks";

    private final RuleCatalogue catalogue;
    private final ClockStore store;
    private final ClockEvents events;

    public ClockKeeper(RuleCatalogue catalogue, ClockStore store, ClockEvents events) {
        this.catalogue = catalogue;
        this.store = store;
        this.events = events;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) {
        if (event instanceof ClockEvent) {
            return;
        }
        if (event instanceof ReferralReceived referral) {
            store.rememberCase(referral.caseId(), referral.team(), referral.riskGrade());
        }
        for (SlaRule rule : catalogue.rules()) {
            if (rule.stopsOn(event)) {
                stop(rule, event);
            }
            if (rule.startsOn(event)) {
                start(rule, event, message.getIdentifier());
            }
        }
    }

    private void start(SlaRule rule, CaseEvent event, String startingEventId) {
        String subjectId = rule.subject().idIn(event);
        var risk = store.riskOf(event.caseId());
        Instant dueAt = rule.dueAt(event.occurredAt(), risk);
        UUID clockId = UUID.nameUUIDFromBytes((startingEventId + "/" + rule.id()).getBytes(StandardCharsets.UTF_8));
        if (store.start(clockId, event.caseId(), rule.id(), rule.version(), subjectId, event.occurredAt(), dueAt)) {
            events.publish(new SlaClockStarted(clockId.toString(), event.caseId(), rule.id(), rule.version(),
                    rule.title(), subjectId, risk, event.occurredAt(), dueAt));
        }
    }

    private void stop(SlaRule rule, CaseEvent event) {
        for (OpenClock clock : store.openClocks(event.caseId(), rule.id(), rule.subject().idIn(event))) {
            store.markMet(clock.clockId(), event.occurredAt());
            Duration lateBy = event.occurredAt().isAfter(clock.dueAt())
                    ? Duration.between(clock.dueAt(), event.occurredAt()) : Duration.ZERO;
            events.publish(new SlaClockMet(clock.clockId(), clock.caseId(), clock.ruleId(), clock.subjectId(),
                    clock.dueAt(), event.occurredAt(), lateBy));
        }
    }
}
