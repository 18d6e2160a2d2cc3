package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A case moves only to an officer of a team that exists; otherwise nothing is appended and it stays where it was. */
class TransferTargetsIntegrationTest extends IntegrationTestBase {

    @ParameterizedTest(name = "to {0}/{1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            east  | ian    | toTeam    | no team 'east' exists (the teams are north, south)
            south | nobody | toOfficer | no officer 'nobody' exists
            south | ivy    | toOfficer | 'ivy' is not an officer of team south (works in team north)
            south | sam    | toOfficer | 'sam' is not an officer of team south (works in team north)
            south | ada    | toOfficer | 'ada' is not an officer of team south""")
    void aTransferToNoOfficerOfAnExistingTeamIsRefused(String toTeam, String toOfficer, String field, String problem) {
        String caseId = ivy.openCase("HIGH", clock.instant());
        long before = events.countOfCase(caseId);

        ResponseEntity<JsonNode> refused = ivy.post("/api/cases/" + caseId + "/transfers", """
                {"toTeam": "%s", "toOfficer": "%s", "occurredAt": "%s"}""".formatted(toTeam, toOfficer, clock.instant()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("problem").asText()).isEqualTo(problem);
        });
        assertThat(events.countOfCase(caseId)).isEqualTo(before);
        String note = "{\"text\": \"still ours\", \"occurredAt\": \"" + clock.instant() + "\"}";
        assertThat(ivy.post("/api/cases/" + caseId + "/notes", note).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Api.as(http, "ian").post("/api/cases/" + caseId + "/notes", note).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
