package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTest;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.sla.clock.SlaSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An investigator sees the warnings and breaches of the cases they hold, and they follow a transfer. */
@IntegrationTest
class InvestigatorInboxIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MutableClock clock;
    @Autowired
    SlaSweep sweep;

    @Test
    void warningsReachTheOfficerHoldingTheCaseAndMoveWithATransfer() {
        Api ivy = Api.as(http, "ivy");
        Api ian = Api.as(http, "ian");
        Instant identified = clock.instant();
        String caseId = ivy.openCase("HIGH", identified);
        ivy.identifySuspect(caseId, identified);
        await().untilAsserted(() -> assertThat(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody().toString())
                .contains("suspect-interview"));

        clock.advance(Duration.ofDays(4));
        sweep.sweepDue();

        await().untilAsserted(() -> assertThat(interviewAlerts(ivy, caseId))
                .singleElement().satisfies(alert -> assertThat(alert.get("stage").asText()).isEqualTo("WARNING")));
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
        JsonNode alerts = officer.get("/api/my/alerts").getBody();
        return StreamSupport.stream(alerts.spliterator(), false)
                .filter(alert -> alert.get("caseId").asText().equals(caseId))
                .filter(alert -> alert.get("ruleId").asText().equals("suspect-interview"))
                .toList();
    }
}
