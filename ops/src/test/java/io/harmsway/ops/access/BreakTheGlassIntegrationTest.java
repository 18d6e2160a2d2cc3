package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static io.harmsway.ops.access.Refusals.assertForbidden;
import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Breaking the glass: a supervisor reads another team's case by stating why in
 * {@code X-Access-Reason}; the read is logged with the reason and the auditors get a notice. Without a
 * reason it is refused (403 naming the header); a role the deployment does not name is refused even
 * with one. Refusals append nothing.
 */
class BreakTheGlassIntegrationTest extends IntegrationTestBase {

    private static final String REASON = "covering the north duty desk overnight: the child's school called";

    private Api ada;
    private Api sue;
    private Api ian;

    @BeforeEach
    void users() {
        ada = Api.as(http, "ada");
        sue = Api.as(http, "sue");
        ian = Api.as(http, "ian");
    }

    @Test
    void aSupervisorOfAnotherTeamReadsWithAReasonWhichIsLoggedAndNoticedByTheAuditors() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        await().untilAsserted(() -> assertThat(list(ivy.get("/api/cases/" + caseId + "/timeline").getBody())).isNotEmpty());
        long before = events.count(caseId, "CaseRead");

        ResponseEntity<JsonNode> read = withReason(sue, "/api/cases/" + caseId + "/timeline", REASON);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list(read.getBody())).extracting(entry -> entry.path("type").asText()).contains("ReferralReceived");
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(before + 1);
        await().untilAsserted(() -> assertThat(list(ada.get("/api/audit/notices").getBody()))
                .anyMatch(notice -> notice.path("caseId").asText().equals(caseId)));
        JsonNode notice = first(list(ada.get("/api/audit/notices").getBody()),
                n -> n.path("caseId").asText().equals(caseId), "the notice");
        assertThat(notice.get("reader").asText()).isEqualTo("sue");
        assertThat(notice.get("readerTeam").asText()).isEqualTo("south");
        assertThat(notice.get("caseTeam").asText()).isEqualTo("north");
        assertThat(notice.get("reason").asText()).isEqualTo(REASON);
        assertThat(notice.get("brokeGlass").asBoolean()).isTrue();
        JsonNode logged = first(list(ada.get("/api/audit/cases/" + caseId + "/access-log").getBody()),
                r -> r.path("reader").asText().equals("sue"), "sue's read in the case's log");
        assertThat(logged.get("reason").asText()).isEqualTo(REASON);
        assertThat(logged.get("what").asText()).isEqualTo("GET /api/cases/" + caseId + "/timeline");
    }

    @Test
    void withoutAReasonItIsRefusedSayingOneIsNeededAndNothingIsLogged() {
        String caseId = ivy.openCase("HIGH", clock.instant());

        for (String path : List.of("/api/cases/" + caseId + "/timeline", "/api/sla/cases/" + caseId + "/clocks")) {
            JsonNode refusal = assertForbidden(sue.get(path), "X-Access-Reason");
            assertThat(refusal.path("errors").get(0).path("problem").asText()).contains("another team's")
                    .contains("state why in the X-Access-Reason header");
            assertForbidden(withReason(sue, path, "   "), "X-Access-Reason");
        }
        assertThat(events.count(caseId, "CaseRead")).isZero();
    }

    @Test
    void aRoleTheDeploymentDoesNotNameIsRefusedEvenWithAReason() {
        String caseId = ivy.openCase("HIGH", clock.instant());

        JsonNode refusal = assertForbidden(withReason(ian, "/api/cases/" + caseId + "/timeline", REASON), "caseId");

        assertThat(refusal.path("errors").get(0).path("problem").asText())
                .contains("an investigator may not read another team's case even with a reason");
        assertThat(events.count(caseId, "CaseRead")).isZero();
    }

    @Test
    void theCasesOwnTeamAndAuditorsNeedNoReasonAndRaiseNoNotice() {
        String caseId = ivy.openCase("HIGH", clock.instant());

        assertThat(sam.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ada.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withReason(ada, "/api/audit/cases/" + caseId + "/as-it-happened", "annual inspection sample")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        await().untilAsserted(() -> assertThat(readsOtherThanTheLog(caseId)).hasSize(3));
        List<JsonNode> log = readsOtherThanTheLog(caseId);
        assertThat(log).noneMatch(read -> read.path("brokeGlass").asBoolean());
        assertThat(first(log, read -> read.path("what").asText().endsWith("/as-it-happened"), "the replay")
                .get("reason").asText()).isEqualTo("annual inspection sample");
        assertThat(list(ada.get("/api/audit/notices").getBody())).noneMatch(n -> n.path("caseId").asText().equals(caseId));
    }

    @Test
    void aReasonThatCannotBeStoredIsRefusedNamingTheHeader() {
        String caseId = ivy.openCase("HIGH", clock.instant());

        ResponseEntity<JsonNode> tooLong = withReason(sue, "/api/cases/" + caseId + "/timeline", "x".repeat(501));

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().path("errors").get(0).path("field").asText()).isEqualTo("X-Access-Reason");
        assertThat(events.count(caseId, "CaseRead")).isZero();
    }

    /** The case's access log less the auditor's own reads of it (each read of the log is logged too). */
    private List<JsonNode> readsOtherThanTheLog(String caseId) {
        return list(ada.get("/api/audit/cases/" + caseId + "/access-log").getBody()).stream()
                .filter(read -> !read.path("what").asText().endsWith("/access-log")).toList();
    }

    private static ResponseEntity<JsonNode> withReason(Api user, String path, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Access-Reason", reason);
        return user.exchange(path, HttpMethod.GET, new HttpEntity<>(headers));
    }
}
