package io.harmsway.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The auditor's side: checkpoints and verification over HTTP as ada, and waiting for the sealer. */
final class Integrity {

    private final Api ada;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processors;

    Integrity(Api ada, JdbcTemplate jdbc) {
        this(ada, jdbc, null);
    }

    /** Waiting for the processors as well as for the sealer (see {@link #awaitAllSealed()}). */
    Integrity(Api ada, JdbcTemplate jdbc, EventProcessingConfiguration processors) {
        this.ada = ada;
        this.jdbc = jdbc;
        this.processors = processors;
    }

    /** A checkpoint taken now: the JSON an auditor keeps outside the database. */
    String checkpoint() {
        ResponseEntity<JsonNode> answer = ada.post("/api/audit/checkpoints", "");
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(201);
        return answer.getBody().toString();
    }

    JsonNode verify(String outsideCheckpoint) {
        ResponseEntity<JsonNode> answer = ada.post("/api/audit/verify", outsideCheckpoint);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(200);
        return answer.getBody();
    }

    /**
     * Every event in the store sealed, and nothing new for a second: the processors have appended
     * the clock events that follow the last action, and the sealer has sealed them. Given the
     * processors, also every streaming processor at the head of the store, so that an attack on a
     * row never races a processor still to read it (it would carry the forged row into a read
     * model, and keep it there after the attack is undone).
     */
    void awaitAllSealed() {
        await().atMost(Duration.ofSeconds(60)).until(this::everyEventSealed);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(60)).until(this::everyEventSealed);
    }

    private boolean everyEventSealed() {
        return everyProcessorAtTheHead() && jdbc.queryForObject("""
                select (select count(*) from domain_event_entry) = (select count(*) from audit_seal)
                   and (select coalesce(max(global_index), 0) from domain_event_entry)
                     = (select coalesce(max(global_index), 0) from audit_seal)""", Boolean.class);
    }

    private boolean everyProcessorAtTheHead() {
        if (processors == null) {
            return true;
        }
        long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        return processors.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> processor.processingStatus().values().stream()
                        .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }
}
