package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import io.harmsway.query.ReadModels;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who looked: every read of a case (timeline, clocks, replay) is a {@code CaseRead} event in the
 * store, projected into the access log, which an auditor reads by case and by user, with who, when,
 * what and from where. A refused read shows nothing and appends nothing; a read whose log entry
 * cannot be written is not answered; the log is rebuilt from the store.
 */
class CaseReadLogIntegrationTest extends IntegrationTestBase {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");


    private Api ada;
    private Api ian;

    @BeforeEach
    void users() {
        ada = Api.as(http, "ada");
        ian = Api.as(http, "ian");
    }

    @Test
    void everyReadOfACaseIsLoggedWithWhoWhenWhatAndFromWhereAndAnAuditorReadsItByCaseAndByUser() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        String otherCase = ivy.openCase("HIGH", clock.instant());
        assertThat(ivy.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sam.get("/api/sla/cases/" + caseId + "/clocks").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ada.get("/api/audit/cases/" + caseId + "/as-known-at?at=" + clock.instant()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(ivy.get("/api/cases/" + otherCase + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(3);
        long before = events.count(caseId, "CaseRead");
        assertThat(ian.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.count(caseId, "CaseRead")).as("a refused read appends nothing").isEqualTo(before);

        await().untilAsserted(() -> assertThat(readsOtherThanTheLog(caseId)).hasSize(3));
        List<JsonNode> caseLog = readsOtherThanTheLog(caseId);
        JsonNode byIvy = first(caseLog, read -> read.path("reader").asText().equals("ivy"), "ivy's read");
        assertThat(byIvy.get("what").asText()).isEqualTo("GET /api/cases/" + caseId + "/timeline");
        assertThat(byIvy.get("readerRole").asText()).isEqualTo("INVESTIGATOR");
        assertThat(byIvy.get("readerTeam").asText()).isEqualTo("north");
        assertThat(byIvy.get("caseTeam").asText()).isEqualTo("north");
        assertThat(byIvy.get("address").asText()).isIn(LOOPBACK);
        assertThat(byIvy.get("at").asText()).isEqualTo(clock.instant().toString());
        assertThat(byIvy.get("brokeGlass").asBoolean()).isFalse();
        assertThat(first(caseLog, read -> read.path("reader").asText().equals("sam"), "sam's read")
                .get("what").asText()).isEqualTo("GET /api/sla/cases/" + caseId + "/clocks");
        assertThat(first(caseLog, read -> read.path("reader").asText().equals("ada"), "ada's replay")
                .get("what").asText()).startsWith("GET /api/audit/cases/" + caseId + "/as-known-at?at=");
        assertThat(caseLog).noneMatch(read -> read.path("reader").asText().equals("ian"));

        await().untilAsserted(() -> assertThat(list(ada.get("/api/audit/users/ivy/access-log").getBody()))
                .extracting(read -> read.path("caseId").asText()).contains(caseId, otherCase));
        assertThat(list(ada.get("/api/audit/users/ivy/access-log").getBody()))
                .allSatisfy(read -> assertThat(read.path("reader").asText()).isEqualTo("ivy"));
        assertThat(list(ada.get("/api/audit/users/sam/access-log").getBody()))
                .extracting(read -> read.path("caseId").asText()).contains(caseId).doesNotContain(otherCase);
    }

    /** The case's access log less the auditor's own reads of it (each read of the log is logged too). */
    private List<JsonNode> readsOtherThanTheLog(String caseId) {
        return list(ada.get("/api/audit/cases/" + caseId + "/access-log").getBody()).stream()
                .filter(read -> !read.path("what").asText().endsWith("/access-log")).toList();
    }

    /**
     * The read's log entry is written before the answer: if the store refuses it (here a trigger
     * the test puts on the event table, refusing this one case's reads), the case is not shown.
     */
    @Test
    void aReadWhoseLogCannotBeWrittenIsNotAnswered() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        await().untilAsserted(() -> assertThat(list(ivy.get("/api/cases/" + caseId + "/timeline").getBody())).isNotEmpty());
        long logged = events.count(caseId, "CaseRead");
        // The application's role may create no function and no trigger: the administrator puts them on.
        JdbcTemplate administrator = FreshDatabase.asAdministrator();
        administrator.execute("""
                create function refuse_reads_of_one_case() returns trigger language plpgsql as $$
                begin
                    if new.payload_type = 'io.harmsway.cases.api.CaseRead'
                       and strpos(convert_from(new.payload, 'UTF8'), '%s') > 0 then
                        raise exception 'this test refuses the log of reads of case %s';
                    end if;
                    return new;
                end $$""".formatted(caseId, caseId));
        administrator.execute("""
                create trigger refuse_reads_of_one_case before insert on domain_event_entry
                for each row execute function refuse_reads_of_one_case()""");
        try {
            ResponseEntity<JsonNode> answer = ivy.get("/api/cases/" + caseId + "/timeline");

            assertThat(answer.getStatusCode().is5xxServerError()).as(String.valueOf(answer.getBody())).isTrue();
            assertThat(String.valueOf(answer.getBody())).doesNotContain("ReferralReceived");
            assertThat(events.count(caseId, "CaseRead")).isEqualTo(logged);
        } finally {
            administrator.execute("drop trigger refuse_reads_of_one_case on domain_event_entry");
            administrator.execute("drop function refuse_reads_of_one_case()");
        }
        assertThat(ivy.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(logged + 1);
    }

    @Test
    void theAccessLogIsRebuiltFromTheStore() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.get("/api/cases/" + caseId + "/timeline");
        withReason("sue", "/api/cases/" + caseId + "/timeline", "duty desk cover");
        await().untilAsserted(() -> assertThat(logRows()).as("every read in the store is in the log")
                .hasSize(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?",
                        Integer.class, "io.harmsway.cases.api.CaseRead")));
        StreamingEventProcessor processor = processing.eventProcessor(ReadModels.ACCESS_LOG, StreamingEventProcessor.class)
                .orElseThrow();
        List<Map<String, Object>> before = logRows();

        processor.shutDown();
        processor.resetTokens();
        assertThat(logRows()).as("emptied by its reset").isEmpty();
        processor.start();

        await().untilAsserted(() -> assertThat(logRows()).isEqualTo(before));
    }

    private List<Map<String, Object>> logRows() {
        return jdbc.queryForList("select * from case_access_log order by event_id");
    }

    private void withReason(String user, String path, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Access-Reason", reason);
        assertThat(Api.as(http, user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void readingACasesAccessLogIsItselfLoggedAndOnlyAuditorsReadTheLogs() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        assertThat(ada.get("/api/audit/cases/" + caseId + "/access-log").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(1);
        await().untilAsserted(() -> assertThat(list(ada.get("/api/audit/users/ada/access-log").getBody()))
                .anyMatch(read -> read.path("what").asText().equals("GET /api/audit/cases/" + caseId + "/access-log")));
        long logged = events.count(caseId, "CaseRead");

        for (Api notAnAuditor : List.of(ivy, sam)) {
            assertThat(notAnAuditor.get("/api/audit/cases/" + caseId + "/access-log").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(notAnAuditor.get("/api/audit/users/ivy/access-log").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(notAnAuditor.get("/api/audit/notices").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(logged);
    }
}
