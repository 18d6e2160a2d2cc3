package io.harmsway.query;

import io.harmsway.cases.api.CaseEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * The read models handle each case's events in order, whoever appended them. Case events from the
 * aggregate would be ordered anyway; clock events are appended outside it (by the SLA keeper and
 * sweep) and would otherwise be spread over segments, so an escalation could overtake the breach
 * it follows.
 */
public class CaseOrder implements SequencingPolicy<EventMessage<?>> {

    public static final String BEAN = "caseOrder";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return event.getPayload() instanceof CaseEvent caseEvent ? caseEvent.caseId() : event.getIdentifier();
    }
}
