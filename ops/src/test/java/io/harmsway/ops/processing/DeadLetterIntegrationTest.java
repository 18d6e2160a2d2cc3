package io.harmsway.ops.processing;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.access.CaseTeamsFromHistory;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.EventStore;
import io.harmsway.ops.support.EventStore.CaseEventRow;
import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Postgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One event that a processing group cannot handle parks its own case in that group, and every
 * other case flows on; operators see the parked case over the API and in health, and a retry after
 * the fix applies it and the events that waited behind it, in order.
 * <p>
 * The poison is real: a referral written straight into the store, as an older version or a direct
 * write could have stored it, whose {@code reportedVia} holds a NUL, which PostgreSQL refuses in
 * text and jsonb. The real read models and the real clock keeper fail on it, and nothing in this
 * product may be changed to store it, so that case stays parked. "The fix" is modelled by
 * {@link FaultyRelease}, a test-only handler in the clocks' processing group that fails halfway
 * through a marked case's referral until the test repairs it, as a fixed release would: it is the
 * one part that is not the product, chosen because the product's own handlers are not ours to
 * break; everything around it (parking, listing, health, retry, the clock keeper's work) is real.
 */
class DeadLetterIntegrationTest extends IntegrationTestBase {

    private static final String CLOCKS = "sla-clocks";


    Api operator;

    @BeforeEach
    void users() {
        operator = Api.as(http, "oli");
        JdbcTemplate releaseMigration = FreshDatabase.asAdministrator();
        releaseMigration.execute("create schema if not exists " + FaultyRelease.WORK_SCHEMA);
        releaseMigration.execute("create table if not exists " + FaultyRelease.WORK_TABLE + " (case_id varchar(255) primary key)");
        releaseMigration.execute("grant usage on schema " + FaultyRelease.WORK_SCHEMA + " to " + Postgres.APPLICATION.user());
        releaseMigration.execute("grant select, insert on " + FaultyRelease.WORK_TABLE + " to " + Postgres.APPLICATION.user());
    }

    @Test
    void aPoisonedReferralParksItsOwnCaseInEveryGroupWhileOtherCasesFlowOn() {
        String poisoned = UUID.randomUUID().toString();
        Instant parkedAt = clock.instant();
        String poison = events.append(new CaseEventRow(poisoned, 0, "io.harmsway.cases.api.ReferralReceived", "1", """
                {"caseId": "%s", "team": "north", "childId": "child-1", "childAgeYears": 8,
                 "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH", "reportedVia": "phone\\u0000call",
                 "reportedBy": "school", "physicalSymptoms": false, "occurredAt": "%s"}"""
                .formatted(poisoned, parkedAt.minus(Duration.ofHours(3))), parkedAt));
        new CaseTeamsFromHistory().fill(jdbc); // written past the application, as an older version would have

        String other = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));

        await().untilAsserted(() -> {
            assertThat(types(ivy.get("/api/cases/" + other + "/timeline"))).contains("ReferralReceived");
            assertThat(rules(ivy.get("/api/sla/cases/" + other + "/clocks"))).contains("strategy-discussion");
        });
        await().untilAsserted(() -> assertThat(parked(poisoned)).extracting(entry -> entry.get("group").asText())
                .as("the clocks and at least one read model").contains(CLOCKS).hasSizeGreaterThanOrEqualTo(2));
        assertThat(parked(poisoned)).allSatisfy(entry -> {
            assertThat(entry.get("eventType").asText()).isEqualTo("ReferralReceived");
            assertThat(entry.get("eventId").asText()).isEqualTo(poison);
            assertThat(entry.get("globalIndex").asLong()).isEqualTo(events.globalIndexOf(poison));
            assertThat(entry.get("parkedEvents").asInt()).isEqualTo(1);
            assertThat(entry.get("attempts").asInt()).isEqualTo(1);
            assertThat(entry.get("cause").asText()).as("PostgreSQL's refusal").isNotBlank();
            assertThat(Instant.parse(entry.get("firstAttempt").asText())).isEqualTo(parkedAt);
            assertThat(Instant.parse(entry.get("lastAttempt").asText())).isEqualTo(parkedAt);
        });
        assertHealthCountsEveryParkedCase();

        Instant later = clock.instant();
        assertThat(ivy.post("/api/cases/" + poisoned + "/notes",
                "{\"text\": \"seen by the school nurse\", \"occurredAt\": \"%s\"}".formatted(later)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // Every group that takes notes up parks the note behind the referral; the clock keeper passes a
        // note over (no rule names it), so its parked case holds the referral alone.
        await().untilAsserted(() -> assertThat(parked(poisoned)).allSatisfy(entry -> assertThat(
                entry.get("parkedEvents").asInt()).as(entry.get("group").asText())
                .isEqualTo(entry.get("group").asText().equals(CLOCKS) ? 1 : 2)));
        assertThat(types(ivy.get("/api/cases/" + poisoned + "/timeline"))).as("the note waits behind the referral")
                .isEmpty();
        assertThat(rules(ivy.get("/api/sla/cases/" + poisoned + "/clocks"))).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        ResponseEntity<JsonNode> retry = operator.post("/api/ops/dead-letters/" + CLOCKS + "/retry",
                "{\"caseId\": \"%s\"}".formatted(poisoned));

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(texts(retry.getBody().get("stillParked"))).containsExactly(poisoned);
        assertThat(texts(retry.getBody().get("completed"))).isEmpty();
        JsonNode clocks = parked(poisoned).stream().filter(entry -> entry.get("group").asText().equals(CLOCKS))
                .findFirst().orElseThrow();
        assertThat(clocks.get("attempts").asInt()).as("the failed retry is counted").isEqualTo(2);
        assertThat(Instant.parse(clocks.get("firstAttempt").asText())).isEqualTo(parkedAt);
        assertThat(Instant.parse(clocks.get("lastAttempt").asText())).isEqualTo(clock.instant());
        assertThat(clocks.get("parkedEvents").asInt()).isEqualTo(1);
        assertThat(rules(ivy.get("/api/sla/cases/" + poisoned + "/clocks"))).isEmpty();
    }

    /**
     * The inspection figures and the breach history send their writes in batches too, so the refusal
     * only shows when a batch is sent: a referral whose team holds a NUL (both keep the team) parks
     * its own case in each, and the cases recorded around it, in the same batches or the next, stand.
     * Not filled into the case teams: nothing here reads the poisoned case but the operator.
     */
    @Test
    void aWriteTheInspectionFiguresOrTheBreachHistoryHaveRefusedParksOnlyItsOwnCase() {
        String before = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(2)));
        String poisoned = UUID.randomUUID().toString();
        String poison = events.append(new CaseEventRow(poisoned, 0, "io.harmsway.cases.api.ReferralReceived", "1", """
                {"caseId": "%s", "team": "north\\u0000east", "childId": "child-1", "childAgeYears": 8,
                 "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH", "reportedVia": "phone call",
                 "reportedBy": "school", "physicalSymptoms": false, "occurredAt": "%s"}"""
                .formatted(poisoned, clock.instant().minus(Duration.ofHours(3))), clock.instant()));
        String after = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));

        await().untilAsserted(() -> {
            assertThat(parkedIn("inspection", poisoned)).as("parked in inspection").isNotNull();
            assertThat(parkedIn("breach-history", poisoned)).as("parked in breach-history").isNotNull();
        });
        for (String group : List.of("inspection", "breach-history")) {
            JsonNode entry = parkedIn(group, poisoned);
            assertThat(entry.get("eventId").asText()).as(group).isEqualTo(poison);
            assertThat(entry.get("parkedEvents").asInt()).as(group).isEqualTo(1);
            assertThat(entry.get("cause").asText()).as(group + ": PostgreSQL's refusal").isNotBlank();
        }
        await().untilAsserted(() -> {
            assertThat(caseIds("inspection_case", before, poisoned, after)).containsExactlyInAnyOrder(before, after);
            assertThat(caseIds("breach_history_case", before, poisoned, after)).containsExactlyInAnyOrder(before, after);
            assertThat(caseIds("inspection_entry", before, poisoned, after)).containsExactlyInAnyOrder(before, after);
            assertThat(caseIds("inspection_clock", before, poisoned, after)).as("their clocks follow")
                    .containsExactlyInAnyOrder(before, after);
        });
    }

    private List<String> caseIds(String table, String... caseIds) {
        return jdbc.queryForList("select distinct case_id from " + table + " where case_id = any(?)", String.class,
                (Object) caseIds);
    }

    @Test
    void aRetryAfterTheFixAppliesTheParkedCaseAndTheEventsBehindItInOrder() {
        String reporter = "drill " + UUID.randomUUID();
        FaultyRelease.breakFor(reporter);
        Instant referred = clock.instant().minus(Duration.ofHours(2));
        String caseId = openCase(reporter, referred);

        await().untilAsserted(() -> assertThat(parkedIn(CLOCKS, caseId)).isNotNull());
        Instant discussed = clock.instant().minus(Duration.ofHours(1));
        assertThat(ivy.post("/api/cases/" + caseId + "/strategy-discussions", """
                {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH"], "doctorPresent": true,
                 "decision": "joint enquiry", "occurredAt": "%s"}""".formatted(discussed)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().untilAsserted(() -> {
            assertThat(parkedIn(CLOCKS, caseId).get("parkedEvents").asInt()).isEqualTo(2);
            assertThat(types(ivy.get("/api/cases/" + caseId + "/timeline"))).as("the read models are not held up")
                    .contains("ReferralReceived", "StrategyDiscussionHeld");
        });
        assertThat(rules(ivy.get("/api/sla/cases/" + caseId + "/clocks"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from " + FaultyRelease.WORK_TABLE + " where case_id = ?",
                Long.class, caseId)).as("the failed event's rows are undone").isZero();
        assertThat(events.count(caseId, "NoteAdded")).as("the failed event's published events are dropped").isZero();
        assertThat(events.count(caseId, "SlaClockStarted")).isZero();
        assertThat(parked(caseId)).extracting(entry -> entry.get("group").asText()).containsExactly(CLOCKS);

        FaultyRelease.repair(reporter);
        ResponseEntity<JsonNode> retry = operator.post("/api/ops/dead-letters/" + CLOCKS + "/retry", "{}");

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(texts(retry.getBody().get("completed"))).contains(caseId);
        assertThat(texts(retry.getBody().get("stillParked"))).doesNotContain(caseId);
        assertThat(parked(caseId)).isEmpty();
        JsonNode strategy = list(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                .filter(clock -> clock.get("ruleId").asText().equals("strategy-discussion")).findFirst().orElseThrow();
        assertThat(strategy.get("state").asText()).as("started by the referral, then met by the discussion")
                .isEqualTo("MET");
        assertThat(Instant.parse(strategy.get("startedAt").asText())).isEqualTo(referred);
        assertThat(Instant.parse(strategy.get("stoppedAt").asText())).isEqualTo(discussed);
        assertThat(events.count(caseId, "SlaClockStarted", "strategy-discussion")).isEqualTo(1);
        assertThat(events.count(caseId, "SlaClockMet", "strategy-discussion")).isEqualTo(1);
        assertHealthCountsEveryParkedCase();
    }

    @Test
    void onlyOperatorsSeeOrRetryParkedEvents() {
        assertThat(ivy.get("/api/ops/dead-letters").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.as(http, "ada").post("/api/ops/dead-letters/" + CLOCKS + "/retry", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.anonymous(http).get("/api/ops/dead-letters").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(operator.get("/api/cases").getStatusCode()).as("an operator reads no case")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void retryingAGroupThatParksNothingIsNotFound() {
        ResponseEntity<JsonNode> retry = operator.post("/api/ops/dead-letters/no-such-group/retry", "{}");

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(retry.getBody().get("errors").get(0).get("field").asText()).isEqualTo("group");
    }

    /** Health is out of service while anything is parked, and counts exactly what the API lists. */
    private void assertHealthCountsEveryParkedCase() {
        int listed = list(operator.get("/api/ops/dead-letters").getBody()).size();
        ResponseEntity<JsonNode> health = operator.get("/actuator/health");
        JsonNode deadLetters = health.getBody().get("components").get("deadLetters");

        assertThat(deadLetters.get("details").get("parkedSequences").asInt()).isEqualTo(listed);
        if (listed > 0) {
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(health.getBody().get("status").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(deadLetters.get("details").get("groups").get(CLOCKS).get("sequences").asInt()).isPositive();
        } else {
            assertThat(deadLetters.get("status").asText()).isEqualTo("UP");
        }
    }

    private String openCase(String reporter, Instant referred) {
        ResponseEntity<JsonNode> opened = ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH", "reportedVia": "phone call",
                 "reportedBy": "%s", "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(reporter, referred));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return opened.getBody().get("id").asText();
    }

    private List<JsonNode> parked(String caseId) {
        return list(operator.get("/api/ops/dead-letters").getBody()).stream()
                .filter(entry -> entry.get("caseId").asText().equals(caseId)).toList();
    }

    private JsonNode parkedIn(String group, String caseId) {
        return parked(caseId).stream().filter(entry -> entry.get("group").asText().equals(group)).findFirst()
                .orElse(null);
    }

    private static List<String> types(ResponseEntity<JsonNode> timeline) {
        return list(timeline.getBody()).stream().map(entry -> entry.get("type").asText()).toList();
    }

    private static List<String> rules(ResponseEntity<JsonNode> clocks) {
        return list(clocks.getBody()).stream().map(clock -> clock.get("ruleId").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
