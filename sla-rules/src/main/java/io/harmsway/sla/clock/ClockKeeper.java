package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * Starts, stops, pauses, resumes, extends and re-dates clocks as case events arrive, through the
 * {@link CaseEventInterpreter} over the stored clocks. Runs in the {@value #GROUP} streaming
 * processor, so the clock rows, the clock events and the processor's token all commit in one
 * transaction.
 *
 * <p>A handler of its own rather than an annotated one, so that it can tell the processor which
 * events it takes up: those the rules can act on ({@link CaseEventInterpreter#mayChangeClocks}).
 * Every other event, the clock events it appends itself among them, is passed over by the
 * processor before any unit of work, savepoint or read is spent on it; its token moves on all the
 * same. Registered with the processor in {@code SlaConfiguration}.
 */
@ProcessingGroup(ClockKeeper.GROUP)
public class ClockKeeper implements EventMessageHandler {

    public static final String GROUP = "sla-clocks";

    private final CaseEventInterpreter interpreter;

    public ClockKeeper(CaseEventInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    @Override
    public boolean canHandle(EventMessage<?> message) {
        return canHandleType(message.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return interpreter.mayChangeClocks(payloadType);
    }

    /** Another handler of the group may take up an event this one does not: it is handed here all the same. */
    @Override
    public Object handle(EventMessage<?> message) {
        if (!canHandle(message)) {
            return null;
        }
        Object actor = message.getMetaData().get(CaseMetadata.ACTOR);
        interpreter.interpret((CaseEvent) message.getPayload(), message.getIdentifier(),
                actor == null ? null : actor.toString());
        return null;
    }

    @Override
    public Class<?> getTargetType() {
        return ClockKeeper.class;
    }
}
