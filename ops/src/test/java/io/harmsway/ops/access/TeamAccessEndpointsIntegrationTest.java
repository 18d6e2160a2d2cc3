package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.harmsway.ops.access.Refusals.assertForbidden;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint that reads or records on a case or a clock, tried by the other team's investigator
 * and supervisor and by the auditor: each is refused with 403 and appends nothing; the case's own
 * team then records the very same request.
 */
class TeamAccessEndpointsIntegrationTest extends IntegrationTestBase {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Api ian;
    Api sue;
    Api ada;

    @BeforeEach
    void signInTheOthers() {
        ian = Api.as(http, "ian");
        sue = Api.as(http, "sue");
        ada = Api.as(http, "ada");
    }

    static List<CaseAction> caseActions() {
        return CaseAction.all().toList();
    }

    @ParameterizedTest(name = "POST /api/cases/'{caseId}'{0}")
    @MethodSource("caseActions")
    void anotherTeamRecordsNothingOnACaseAndItsOwnTeamRecordsTheSameRequest(CaseAction action) {
        PreparedCase north = PreparedCase.openedBy(ivy, jdbc, clock.instant());
        String path = action.path(north);
        String body = action.body(north, clock.instant());
        long before = events.countOfCase(north.caseId());

        for (Api otherTeam : List.of(ian, sue)) {
            assertForbidden(otherTeam.post(path, body), "caseId");
        }
        assertThat(ada.post(path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.countOfCase(north.caseId())).isEqualTo(before);

        ResponseEntity<JsonNode> own = ivy.post(path, body);
        assertThat(own.getStatusCode().is2xxSuccessful()).as(path + " " + own.getBody()).isTrue();
        assertThat(events.countOfCase(north.caseId())).isEqualTo(before + 1);
    }

    @Test
    void anotherTeamReadsNothingOfACaseItsClocksOrItsTeamsLists() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        List<String> caseReads = List.of("/api/cases/" + caseId + "/timeline", "/api/sla/cases/" + caseId + "/clocks");

        for (String read : caseReads) {
            assertForbidden(ian.get(read), "caseId");
            assertForbidden(sue.get(read), "X-Access-Reason");
            assertThat(ivy.get(read).getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
            assertThat(sam.get(read).getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
            assertThat(ada.get(read).getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
        }
        assertForbidden(sue.get("/api/teams/north/alerts"), "team");
        assertForbidden(ian.get("/api/cases?team=north"), "team");
        assertForbidden(sue.get("/api/cases?team=north"), "team");
        assertThat(sam.get("/api/teams/north/alerts").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ada.get("/api/teams/north/alerts").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ada.get("/api/cases?team=north").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherTeamActsOnNoClockAndItsOwnTeamDoes() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        String clockId = awaitInterviewClock(caseId);
        String pause = "/api/sla/clocks/" + clockId + "/pause";
        String resume = "/api/sla/clocks/" + clockId + "/resume";
        String acknowledge = "/api/sla/clocks/" + clockId + "/acknowledgement";

        refusedToTheOthers(clockId, pause, Api.clockAction("the suspect is abroad", clock.instant()));
        assertThat(ivy.post(pause, Api.clockAction("the suspect is abroad", clock.instant())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        refusedToTheOthers(clockId, resume, Api.clockAction("the suspect is back", clock.instant()));
        assertThat(ivy.post(resume, Api.clockAction("the suspect is back", clock.instant())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        clock.advance(Duration.ofDays(8));
        sweep.sweepDue();
        await().untilAsserted(() -> assertThat(interviewClock(caseId).path("breachedAt").isTextual()).isTrue());
        String plan = "{\"note\": \"DC Smith interviews the suspect on Thursday\"}";
        long before = events.countNaming(clockId);
        assertForbidden(sue.post(acknowledge, plan), "clockId");
        assertThat(ian.post(acknowledge, plan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.countNaming(clockId)).isEqualTo(before);
        assertThat(sam.post(acknowledge, plan).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(events.countNaming(clockId)).isEqualTo(before + 1);
    }

    /** Every endpoint naming a case, clock or team passes the check; every action on a case is listed above. */
    @Test
    void everyEndpointThatNamesACaseAClockOrATeamIsCovered() {
        Set<String> checked = Set.of(AccessInterceptor.CASE, AccessInterceptor.CLOCK, AccessInterceptor.TEAM);
        List<String> apiPaths = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream())
                .filter(path -> path.startsWith("/api/"))
                // operators' paths name processing groups, never a case; the OPERATOR role guards them
                .filter(path -> !path.startsWith("/api/ops/"))
                // an auditor's log of one user's reads names a user, never a case; the AUDITOR role guards it
                .filter(path -> !path.startsWith("/api/audit/users/"))
                // checkpoints sign the whole store, never one case; the AUDITOR and OPERATOR roles guard them
                .filter(path -> !path.startsWith("/api/audit/checkpoints"))
                // administrators' paths name users, never a case; the ADMINISTRATOR role guards them
                .filter(path -> !path.startsWith("/api/admin/"))
                .toList();

        assertThat(apiPaths).filteredOn(path -> PATH_VARIABLE.matcher(path).find())
                .allSatisfy(path -> assertThat(variablesOf(path)).as(path).containsAnyElementsOf(checked));
        List<String> caseActions = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream())
                .filter(path -> path.startsWith("/api/cases/{caseId}"))
                .map(path -> path.substring("/api/cases/{caseId}".length()))
                // grading a file is the auditors', on every team's case alike (InspectionFiguresIntegrationTest)
                .filter(path -> !path.equals("/gradings"))
                .toList();
        assertThat(caseActions).containsExactlyInAnyOrderElementsOf(CaseAction.all().map(CaseAction::template).toList());
    }

    private void refusedToTheOthers(String clockId, String path, String body) {
        long before = events.countNaming(clockId);
        assertForbidden(ian.post(path, body), "clockId");
        assertForbidden(sue.post(path, body), "clockId");
        assertThat(ada.post(path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.countNaming(clockId)).isEqualTo(before);
    }

    private String awaitInterviewClock(String caseId) {
        await().untilAsserted(() -> assertThat(interviewClock(caseId).path("clockId").isTextual()).isTrue());
        return interviewClock(caseId).path("clockId").asText();
    }

    private JsonNode interviewClock(String caseId) {
        return list(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                .filter(clock -> clock.path("ruleId").asText().equals("suspect-interview"))
                .findFirst().orElse(MissingNode.getInstance());
    }

    private static List<String> variablesOf(String path) {
        return PATH_VARIABLE.matcher(path).results().map(match -> match.group(1)).toList();
    }
}
