package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.sla.api.ClockEvent;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.List;
import java.util.Map;

/**
 * Appends clock events to the event store, for {@link ClockWriter}. Inside a transaction they are
 * stored with it, so a clock's row and its event are committed or rolled back together.
 */
public class ClockEvents {

    static final String ACTOR = "system:sla";

    private final EventBus eventBus;

    public ClockEvents(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    void publish(ClockEvent event) {
        eventBus.publish(message(event));
    }

    void publishAll(List<? extends ClockEvent> events) {
        eventBus.publish(events.stream().map(ClockEvents::message).toList());
    }

    private static EventMessage<ClockEvent> message(ClockEvent event) {
        return GenericEventMessage.<ClockEvent>asEventMessage(event).andMetaData(Map.of(CaseMetadata.ACTOR, ACTOR));
    }
}
