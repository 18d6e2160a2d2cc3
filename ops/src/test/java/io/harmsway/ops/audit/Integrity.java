package io.harmsway.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The auditor's side: checkpoints and verification over HTTP as ada, and waiting for the sealer. */
final class Integrity {

    private final Api ada;
    private final JdbcTemplate jdbc;

    Integrity(Api ada, JdbcTemplate jdbc) {
        this.ada = ada;
        this.jdbc = jdbc;
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
     * the clock events that follow the last action, and the sealer has sealed them.
     */
    void awaitAllSealed() {
        await().atMost(Duration.ofSeconds(60)).until(this::everyEventSealed);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(60)).until(this::everyEventSealed);
    }

    private boolean everyEventSealed() {
        return jdbc.queryForObject("""
                select (select count(*) from domain_event_entry) = (select count(*) from audit_seal)
                   and (select coalesce(max(global_index), 0) from domain_event_entry)
                     = (select coalesce(max(global_index), 0) from audit_seal)""", Boolean.class);
    }
}
