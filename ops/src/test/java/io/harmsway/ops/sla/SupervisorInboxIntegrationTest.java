package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor's inbox over HTTP: one row per case, worst risk to the child first, then longest
 * overdue, each naming the officer who holds the case, with the team's supervisors; only the
 * team's own supervisors (and auditors) read it. Other tests' cases share the database, so each
 * test looks at its own cases only.
 */
class SupervisorInboxIntegrationTest extends IntegrationTestBase {

    @Test
    void casesComeWorstRiskFirstThenLongestOverdueOneRowEach() {
        Instant now = clock.instant();
        String standardMostOverdue = caseWithSuspect("STANDARD", now.minus(Duration.ofDays(40)));
        String mediumVeryOverdue = caseWithSuspect("MEDIUM", now.minus(Duration.ofDays(20)));
        String highOverdue = caseWithSuspect("HIGH", now.minus(Duration.ofDays(9)));
        String highLongerOverdue = caseWithSuspect("HIGH", now.minus(Duration.ofDays(12)));
        List<String> mine = List.of(standardMostOverdue, mediumVeryOverdue, highOverdue, highLongerOverdue);

        sweep.sweepDue();

        await().untilAsserted(() -> assertThat(rows(sam, "north", mine)).hasSize(4)
                .allSatisfy(row -> assertThat(interviewAlert(row).path("stage").asText()).isIn("BREACHED", "ESCALATED")));
        JsonNode inbox = sam.get("/api/teams/north/inbox").getBody();
        assertThat(inbox.path("team").asText()).isEqualTo("north");
        assertThat(list(inbox.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sam");
        List<JsonNode> rows = rows(sam, "north", mine);
        assertThat(rows).extracting(row -> row.path("caseId").asText())
                .containsExactly(highLongerOverdue, highOverdue, mediumVeryOverdue, standardMostOverdue);
        assertThat(rows).extracting(row -> row.path("riskGrade").asText())
                .containsExactly("HIGH", "HIGH", "MEDIUM", "STANDARD");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.path("officer").asText()).isEqualTo("ivy");
            assertThat(row.path("openBreaches").asInt()).isPositive();
            assertThat(list(row.path("alerts"))).allSatisfy(alert -> {
                assertThat(alert.path("caseId").asText()).isEqualTo(row.path("caseId").asText());
                assertThat(alert.path("officer").asText()).isEqualTo("ivy");
            });
            assertThat(Instant.parse(row.path("mostOverdueDueAt").asText()))
                    .isBeforeOrEqualTo(Instant.parse(interviewAlert(row).path("dueAt").asText()));
        });
    }

    @Test
    void aTransferredCaseMovesToTheNewTeamsInboxNamingTheOfficerAndTheSupervisorsWhoHoldItNow() {
        String caseId = caseWithSuspect("HIGH", clock.instant().minus(Duration.ofDays(8)));
        sweep.sweepDue();
        await().untilAsserted(() -> assertThat(rows(sam, "north", List.of(caseId))).singleElement().satisfies(row -> {
            assertThat(row.path("officer").asText()).isEqualTo("ivy");
            assertThat(list(row.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sam");
            assertThat(list(row.path("alerts"))).allSatisfy(alert -> assertThat(list(alert.path("supervisors")))
                    .extracting(JsonNode::asText).containsExactly("sam"));
        }));

        assertThat(ivy.post("/api/cases/" + caseId + "/transfers", """
                {"toTeam": "south", "toOfficer": "ian", "occurredAt": "%s"}""".formatted(clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Api sue = Api.as(http, "sue");
        await().untilAsserted(() -> assertThat(rows(sue, "south", List.of(caseId))).singleElement().satisfies(row -> {
            assertThat(row.path("officer").asText()).isEqualTo("ian");
            assertThat(row.path("team").asText()).isEqualTo("south");
            assertThat(list(row.path("alerts"))).extracting(alert -> alert.path("officer").asText()).containsOnly("ian");
            assertThat(list(row.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sue");
            assertThat(list(row.path("alerts"))).allSatisfy(alert -> assertThat(list(alert.path("supervisors")))
                    .extracting(JsonNode::asText).containsExactly("sue"));
        }));
        List<JsonNode> iansAlerts = list(Api.as(http, "ian").get("/api/my/alerts").getBody()).stream()
                .filter(alert -> alert.path("caseId").asText().equals(caseId)).toList();
        assertThat(iansAlerts).isNotEmpty().allSatisfy(alert -> {
            assertThat(alert.path("officer").asText()).isEqualTo("ian");
            assertThat(list(alert.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sue");
        });
        assertThat(list(ivy.get("/api/my/alerts").getBody()))
                .noneMatch(alert -> alert.path("caseId").asText().equals(caseId));
        assertThat(list(sue.get("/api/teams/south/inbox").getBody().path("supervisors"))).extracting(JsonNode::asText)
                .containsExactly("sue");
        assertThat(rows(sam, "north", List.of(caseId))).isEmpty();
        assertThat(list(sue.get("/api/teams/south/alerts").getBody()))
                .filteredOn(alert -> alert.path("caseId").asText().equals(caseId)).isNotEmpty()
                .extracting(alert -> alert.path("officer").asText()).containsOnly("ian");
    }

    @Test
    void onlyTheTeamsOwnSupervisorsAndAuditorsReadItsInbox() {
        // Another team's supervisor is refused by the team rule; investigators have no team inbox at all.
        Refusals refusals = new Refusals(events);

        refusals.refused(HttpStatus.FORBIDDEN, "team", () -> Api.as(http, "sue").get("/api/teams/north/inbox"));
        refusals.refused(HttpStatus.FORBIDDEN, "user", () -> Api.as(http, "ian").get("/api/teams/north/inbox"));
        refusals.refused(HttpStatus.FORBIDDEN, "user", () -> ivy.get("/api/teams/north/inbox"));

        assertThat(sam.get("/api/teams/north/inbox").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Api.as(http, "ada").get("/api/teams/north/inbox").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A case referred, and its suspect identified, at {@code referredAt}: its interview clock running. */
    private String caseWithSuspect(String risk, Instant referredAt) {
        String caseId = ivy.openCase(risk, referredAt);
        String suspectId = ivy.identifySuspect(caseId, referredAt);
        new SlaSteps(commands, ivy, sam).awaitClock(caseId, "suspect-interview", suspectId);
        return caseId;
    }

    /** The inbox's rows for the given cases, in the inbox's order. */
    private static List<JsonNode> rows(Api supervisor, String team, List<String> caseIds) {
        return list(supervisor.get("/api/teams/" + team + "/inbox").getBody().path("cases")).stream()
                .filter(row -> caseIds.contains(row.path("caseId").asText())).toList();
    }

    private static JsonNode interviewAlert(JsonNode row) {
        return first(list(row.path("alerts")), alert -> alert.path("ruleId").asText().equals("suspect-interview"),
                "the suspect-interview alert of case " + row.path("caseId").asText());
    }
}
