package io.harmsway.ops.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;

/** What the replay tests start from: the auditor ada, and the case as she reads it known at a moment. */
abstract class ReplayTestBase extends IntegrationTestBase {

    static final String INTERVIEW = "suspect-interview";

    Api ada;

    @BeforeEach
    void auditor() {
        ada = Api.as(http, "ada");
    }

    JsonNode knownAt(String caseId, Instant at) {
        ResponseEntity<JsonNode> answer = ada.get("/api/audit/cases/" + caseId + "/as-known-at?at=" + at);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The suspect-interview clock of a case as known, or null while it has none. */
    static JsonNode clockOf(JsonNode known) {
        return list(known.get("clocks")).stream().filter(c -> c.path("ruleId").asText().equals(INTERVIEW)).findFirst()
                .orElse(null);
    }

    static List<String> types(JsonNode entries) {
        return list(entries).stream().map(entry -> entry.path("type").asText()).toList();
    }
}
