package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An investigator sees the warnings and breaches of the cases they hold, and they follow a transfer. */
class InvestigatorInboxIntegrationTest extends IntegrationTestBase {

    @Test
    void warningsReachTheOfficerHoldingTheCaseAndMoveWithATransfer() {
        Api ian = Api.as(http, "ian");
        Instant identified = clock.instant();
        String caseId = ivy.openCase("HIGH", identified);
        ivy.identifySuspect(caseId, identified);
        await().untilAsserted(() -> assertThat(String.valueOf(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()))
                .contains("suspect-interview"));

        clock.advance(Duration.ofDays(4));
        sweep.sweepDue();

        await().untilAsserted(() -> assertThat(interviewAlerts(ivy, caseId))
                .singleElement().satisfies(alert -> assertThat(alert.path("stage").asText()).isEqualTo("WARNING")));
        assertThat(interviewAlerts(ian, caseId)).isEmpty();

        assertThat(ivy.post("/api/cases/" + caseId + "/transfers", """
                {"toTeam": "south", "toOfficer": "ian", "occurredAt": "%s"}""".formatted(clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().untilAsserted(() -> assertThat(interviewAlerts(ian, caseId)).hasSize(1));
        assertThat(interviewAlerts(ivy, caseId)).isEmpty();
    }

    @Test
    void auditorsHaveNoInboxOfTheirOwn() {
        assertThat(Api.as(http, "ada").get("/api/my/alerts").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static List<JsonNode> interviewAlerts(Api officer, String caseId) {
        return list(officer.get("/api/my/alerts").getBody()).stream()
                .filter(alert -> alert.path("caseId").asText().equals(caseId))
                .filter(alert -> alert.path("ruleId").asText().equals("suspect-interview"))
                .toList();
    }
}
