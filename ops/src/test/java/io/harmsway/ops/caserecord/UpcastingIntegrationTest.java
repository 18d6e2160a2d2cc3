package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.access.CaseTeamsFromHistory;
import io.harmsway.ops.support.EventStore.CaseEventRow;
import io.harmsway.ops.support.EventStore;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static io.harmsway.ops.caserecord.Eventually.eventually;

/**
 * A case stored before SuspectIdentified was versioned is read through the application's
 * upcaster chain: by the projections and by the case itself.
 */
class UpcastingIntegrationTest extends IntegrationTestBase {

    @Test
    void unversionedSuspectIdentifiedIsReadAsHavingAccessToChildren() {
        String caseId = UUID.randomUUID().toString();
        Instant referred = clock.instant().minus(Duration.ofDays(2));
        store(caseId, 0, "io.harmsway.cases.api.ReferralReceived", "1", """
                {"caseId": "%s", "team": "north", "childId": "child-1", "childAgeYears": 8,
                 "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH", "reportedVia": "phone", "reportedBy": "school",
                 "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(caseId, referred), referred);
        store(caseId, 1, "io.harmsway.cases.api.SuspectIdentified", null, """
                {"caseId": "%s", "suspectId": "suspect-1", "occurredAt": "%s"}""".formatted(caseId, referred), referred);
        // What the migration to this version does for cases an earlier version stored: their team, for access.
        new CaseTeamsFromHistory().fill(jdbc);

        JsonNode identified = eventually().until(() -> list(ivy.get("/api/cases/" + caseId + "/timeline").getBody())
                .stream().filter(entry -> entry.path("type").asText().equals("SuspectIdentified")).findFirst()
                .orElse(null), entry -> entry != null);

        assertThat(identified.get("title").asText()).isEqualTo("Suspect identified (suspect-1), has access to children");
        assertThat(identified.get("facts").get("hasAccessToChildren").asBoolean()).isTrue();
        assertThat(ivy.post("/api/cases/" + caseId + "/suspects/suspect-1/arrests",
                "{\"occurredAt\": \"%s\"}".formatted(clock.instant())).getStatusCode())
                .as("the case rebuilds itself from the old shape").isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Writes an event row as an earlier version of the application stored it. */
    private void store(String caseId, long sequence, String payloadType, String revision, String payload,
                       Instant at) {
        new EventStore(jdbc).append(new CaseEventRow(caseId, sequence, payloadType, revision, payload, at));
    }
}
