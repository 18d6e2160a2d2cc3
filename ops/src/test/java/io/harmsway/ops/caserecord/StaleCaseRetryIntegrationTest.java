package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.EventStore.CaseEventRow;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another node appended to a case this node holds in its cache: this node's copy is stale, and its
 * append of the next action collides with the other node's on the case's sequence number. The node
 * reads the case again and records the action after the other one; the caller never hears of it.
 */
class StaleCaseRetryIntegrationTest extends IntegrationTestBase {

    @Test
    void anActionOnACaseAnotherNodeChangedIsRecordedAfterTheOtherNodesAction() {
        Instant at = clock.instant().minus(Duration.ofHours(1));
        String caseId = ivy.openCase("HIGH", at);
        // As another node appends it: sequence 1, which this node's cached case would take next.
        events.append(new CaseEventRow(caseId, 1, "io.harmsway.cases.api.NoteAdded", "1", """
                {"caseId": "%s", "text": "from the other node", "occurredAt": "%s"}""".formatted(caseId, at),
                clock.instant()));

        ResponseEntity<JsonNode> answer = ivy.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"from this node\", \"occurredAt\": \"" + at + "\"}");

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(204);
        List<String> notes = jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'text' from domain_event_entry
                where aggregate_identifier = ? and payload_type = 'io.harmsway.cases.api.NoteAdded'
                order by sequence_number""", String.class, caseId);
        assertThat(notes).containsExactly("from the other node", "from this node");
    }
}
