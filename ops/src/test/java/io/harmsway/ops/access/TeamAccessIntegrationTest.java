package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.access.Refusals.assertForbidden;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One's own team's cases in lists, inboxes and backtests; the auditor who reads every team's;
 * access that moves with a transfer the moment it has answered; refusals in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamAccessIntegrationTest extends IntegrationTestBase {


    Api ian;
    Api sue;
    Api ada;

    @BeforeEach
    void signInTheOthers() {
        ian = Api.as(http, "ian");
        sue = Api.as(http, "sue");
        ada = Api.as(http, "ada");
    }

    @Test
    void theCaseListShowsOnesOwnTeamsCasesAndTheAuditorEveryTeams() {
        String north = ivy.openCase("HIGH", clock.instant());
        String south = ian.openCase("HIGH", clock.instant());
        await().untilAsserted(() -> assertThat(caseIds(ada, "/api/cases")).contains(north, south));

        for (Api northern : List.of(ivy, sam)) {
            List<JsonNode> cases = list(northern.get("/api/cases").getBody());
            assertThat(cases).extracting(summary -> summary.path("caseId").asText()).contains(north).doesNotContain(south);
            assertThat(cases).allSatisfy(summary -> assertThat(summary.path("team").asText()).isEqualTo("north"));
            assertThat(caseIds(northern, "/api/cases?team=north")).contains(north);
        }
        for (Api southern : List.of(ian, sue)) {
            assertThat(caseIds(southern, "/api/cases")).contains(south).doesNotContain(north);
        }
        assertThat(caseIds(ada, "/api/cases?team=south")).contains(south).doesNotContain(north);
    }

    @Test
    void theAuditorReadsEveryTeamsCasesClocksAndInboxesAndRecordsNothing() {
        String north = ivy.openCase("HIGH", clock.instant());
        String south = ian.openCase("HIGH", clock.instant());
        long before = events.count();

        for (String caseId : List.of(north, south)) {
            assertThat(ada.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ada.get("/api/sla/cases/" + caseId + "/clocks").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ada.post("/api/cases/" + caseId + "/notes",
                    "{\"text\": \"seen\", \"occurredAt\": \"" + clock.instant() + "\"}").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String team : List.of("north", "south")) {
            assertThat(ada.get("/api/teams/" + team + "/alerts").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(events.count()).isEqualTo(before);
    }

    /**
     * No await between the transfer's answer and the checks, and no read model or clock row has
     * taken the transfer yet (their processors stand still): the case is the new team's at once.
     */
    @Test
    void aTransferredCaseIsTheNewTeamsTheMomentTheTransferHasAnswered() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        String clockId = awaitInterviewClock(caseId);

        whileReadModelsStandStill(() -> {
            assertThat(ivy.post("/api/cases/" + caseId + "/transfers", """
                    {"toTeam": "south", "toOfficer": "ian", "occurredAt": "%s"}""".formatted(clock.instant()))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            long before = events.countOfCase(caseId);
            assertForbidden(ivy.post("/api/cases/" + caseId + "/notes", note()), "caseId");
            assertForbidden(sam.get("/api/cases/" + caseId + "/timeline"), "X-Access-Reason");
            assertForbidden(ivy.get("/api/sla/cases/" + caseId + "/clocks"), "caseId");
            assertForbidden(ivy.post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("abroad", clock.instant())), "clockId");
            assertThat(caseIds(sam, "/api/cases")).doesNotContain(caseId);
            assertThat(events.countOfCase(caseId)).isEqualTo(before);

            assertThat(ian.post("/api/cases/" + caseId + "/notes", note()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(sue.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ian.get("/api/sla/cases/" + caseId + "/clocks").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ian.post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("the suspect is abroad", clock.instant()))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(events.countOfCase(caseId)).isEqualTo(before + 1);
        });
    }

    @Test
    void aTransferredCasesAlertsLeaveTheOldTeamsInboxesAtOnce() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        String clockId = awaitInterviewClock(caseId);
        clock.advance(Duration.ofDays(4));
        sweep.sweepDue();
        await().untilAsserted(() -> {
            assertThat(clockIds(sam, "/api/teams/north/alerts")).contains(clockId);
            assertThat(clockIds(ivy, "/api/my/alerts")).contains(clockId);
        });

        whileReadModelsStandStill(() -> {
            assertThat(ivy.post("/api/cases/" + caseId + "/transfers", """
                    {"toTeam": "south", "toOfficer": "ian", "occurredAt": "%s"}""".formatted(clock.instant()))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            assertThat(clockIds(sam, "/api/teams/north/alerts")).doesNotContain(clockId);
            assertThat(clockIds(ivy, "/api/my/alerts")).doesNotContain(clockId);
        });
        await().untilAsserted(() -> {
            assertThat(clockIds(sue, "/api/teams/south/alerts")).contains(clockId);
            assertThat(clockIds(ian, "/api/my/alerts")).contains(clockId);
        });
    }

    @Test
    void aBacktestShowsASupervisorTheirOwnTeamsCasesAndTheAuditorEveryTeams() {
        Instant start = clock.instant().minus(Duration.ofDays(10));
        String north = ivy.openCase("HIGH", start);
        ivy.identifySuspect(north, start);
        String south = ian.openCase("HIGH", start);
        ian.identifySuspect(south, start);
        String rule = """
                id: suspect-interview-in-a-day
                version: 1
                effectiveFrom: 2026-01-01
                title: Suspect interviewed within a day
                purpose: What if every suspect had to be interviewed within a day?
                source: {kind: LOCAL_PRACTICE, citation: "A proposal under discussion"}
                agency: POLICE
                subject: SUSPECT
                start: [SuspectIdentified]
                stop: [SuspectInterviewed]
                deadline: {unit: HOURS, all: 24}
                """;

        assertThat(backtestedCases(sam, rule)).contains(north).doesNotContain(south);
        assertThat(backtestedCases(sue, rule)).contains(south).doesNotContain(north);
        assertThat(backtestedCases(ada, rule)).contains(north, south);
    }

    @Test
    void aRefusalIsLoggedWithWhoWhatAndWhen(CapturedOutput output) {
        String caseId = ivy.openCase("HIGH", clock.instant());

        assertForbidden(ian.post("/api/cases/" + caseId + "/notes", note()), "caseId");
        assertForbidden(sue.get("/api/teams/north/alerts"), "team");

        assertThat(output.getOut()).contains("WARN").contains("access refused (403): user=\"ian\" request=\"POST /api/cases/"
                + caseId + "/notes\" at=" + clock.instant() + " reason=\"caseId: the case is another team's");
        assertThat(output.getOut()).contains("access refused (403): user=\"sue\" request=\"GET /api/teams/north/alerts\" at="
                + clock.instant() + " reason=\"team: team 'north' is another team's");
    }

    /**
     * Runs the checks with every streaming processor stopped, so the read models and clock rows show
     * what they showed before: what is refused or shown then owes nothing to their catching up.
     */
    private void whileReadModelsStandStill(Runnable checks) {
        List<StreamingEventProcessor> streaming = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        assertThat(streaming).isNotEmpty();
        streaming.forEach(EventProcessor::shutDown);
        try {
            checks.run();
        } finally {
            streaming.forEach(EventProcessor::start);
        }
    }

    private String note() {
        return "{\"text\": \"visited the school\", \"occurredAt\": \"" + clock.instant() + "\"}";
    }

    private String awaitInterviewClock(String caseId) {
        await().untilAsserted(() -> assertThat(interviewClockId(caseId)).isNotBlank());
        return interviewClockId(caseId);
    }

    private String interviewClockId(String caseId) {
        return list(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                .filter(clock -> clock.path("ruleId").asText().equals("suspect-interview"))
                .map(clock -> clock.path("clockId").asText()).findFirst().orElse("");
    }

    private static List<String> caseIds(Api user, String path) {
        return list(user.get(path).getBody()).stream().map(summary -> summary.path("caseId").asText()).toList();
    }

    private static List<String> clockIds(Api user, String path) {
        return list(user.get(path).getBody()).stream().map(alert -> alert.path("clockId").asText()).toList();
    }

    private static List<String> backtestedCases(Api user, String rule) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        ResponseEntity<JsonNode> report = user.exchange("/api/sla/backtest", HttpMethod.POST, new HttpEntity<>(rule, headers));
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        return list(report.getBody().get("cases")).stream().map(found -> found.path("caseId").asText()).toList();
    }
}
