package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.EntryCorrected;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The events recorded on this case, by event id: what a correction may name. */
class CaseEntries {

    private final Map<String, String> typesById = new HashMap<>();

    Optional<String> typeOf(String eventId) {
        return Optional.ofNullable(typesById.get(eventId));
    }

    @EventSourcingHandler
    void on(CaseEvent event, EventMessage<?> message) {
        typesById.put(message.getIdentifier(), event.getClass().getSimpleName());
    }

    @EventSourcingHandler
    void on(EntryCorrected event, EventMessage<?> message) {
        typesById.put(message.getIdentifier(), EntryCorrected.class.getSimpleName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEntries that && typesById.equals(that.typesById);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typesById);
    }
}
