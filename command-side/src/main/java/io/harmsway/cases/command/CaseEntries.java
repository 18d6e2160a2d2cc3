package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.OtherChildIdentified;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.SuspectIdentified;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The events recorded on this case, by event id: what a correction may name, and for an entry
 * that brought a child or suspect into the case, which one.
 */
class CaseEntries {

    /** One recorded event: its type, and the child or suspect it identified (null for other events). */
    record Entry(String type, String identified) {
    }

    private final Map<String, Entry> byEventId = new HashMap<>();

    Optional<String> typeOf(String eventId) {
        return entry(eventId).map(Entry::type);
    }

    Optional<Entry> entry(String eventId) {
        return Optional.ofNullable(byEventId.get(eventId));
    }

    @EventSourcingHandler
    void on(CaseEvent event, EventMessage<?> message) {
        byEventId.put(message.getIdentifier(), new Entry(event.getClass().getSimpleName(), identified(event)));
    }

    @EventSourcingHandler
    void on(EntryCorrected event, EventMessage<?> message) {
        byEventId.put(message.getIdentifier(), new Entry(EntryCorrected.class.getSimpleName(), null));
    }

    private static String identified(CaseEvent event) {
        if (event instanceof ReferralReceived referral) {
            return referral.childId();
        }
        if (event instanceof OtherChildIdentified child) {
            return child.childId();
        }
        return event instanceof SuspectIdentified suspect ? suspect.suspectId() : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEntries that && byEventId.equals(that.byEventId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byEventId);
    }
}
