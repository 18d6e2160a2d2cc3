package io.harmsway.query.inspection;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseFileGraded;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.query.ReadModels;
import io.harmsway.sla.api.ClockEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * The inspection read model's one handler: every case event, clock events included, in each case's
 * order. Clock events go to {@link ClockLives}; gradings to {@link Gradings}; every other event is
 * an officer's entry ({@link CaseFacts}).
 */
@ProcessingGroup(ReadModels.INSPECTION)
public class InspectionProjection {

    private final JdbcTemplate jdbc;
    private final CaseFacts cases;
    private final ClockLives clocks;
    private final Gradings gradings;

    public InspectionProjection(JdbcTemplate jdbc, CaseFacts cases, ClockLives clocks, Gradings gradings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clocks = clocks;
        this.gradings = gradings;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        if (event instanceof ClockEvent clock) {
            clocks.apply(clock);
        } else if (event instanceof CaseFileGraded graded) {
            gradings.apply(message.getIdentifier(), graded, (String) message.getMetaData().get(CaseMetadata.ACTOR));
        } else {
            cases.apply(message.getIdentifier(), event, recordedAt);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate inspection_case, inspection_entry, inspection_clock, inspection_pause, inspection_grading");
    }
}
