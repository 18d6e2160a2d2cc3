package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/**
 * Starts, stops, pauses, resumes, extends and re-dates clocks as case events arrive, through the
 * {@link CaseEventInterpreter} over the stored clocks. Runs in the {@value #GROUP} streaming
 * processor, so the clock rows, the clock events and the processor's token all commit in one
 * transaction.
 */
@ProcessingGroup(ClockKeeper.GROUP)
public class ClockKeeper {

    public static final String GROUP = "sla-clocks";

    private final CaseEventInterpreter interpreter;

    public ClockKeeper(CaseEventInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) {
        Object actor = message.getMetaData().get(CaseMetadata.ACTOR);
        interpreter.interpret(event, message.getIdentifier(), actor == null ? null : actor.toString());
    }
}
