package io.harmsway.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx answer naming the field and the problem, and nothing is appended. */
class RefusalIntegrationTest extends IntegrationTestBase {

    String caseId;

    @BeforeEach
    void openCase() {
        caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofDays(1)));
    }

    @Test
    void refusesActionOnUnknownCase() {
        JsonNode problem = refused(HttpStatus.NOT_FOUND, () ->
                ivy.post("/api/cases/no-such-case/suspects", "{\"hasAccessToChildren\": false, \"occurredAt\": \"" + clock.instant() + "\"}"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("caseId");
        assertThat(problem.get("detail").asText()).contains("no case 'no-such-case' exists");
    }

    @Test
    void refusesTimeInTheFuture() {
        Instant future = clock.instant().plusSeconds(60);
        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, () ->
                ivy.post("/api/cases/" + caseId + "/suspects", "{\"hasAccessToChildren\": false, \"occurredAt\": \"" + future + "\"}"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");
        assertThat(problem.get("errors").get(0).get("problem").asText()).isEqualTo("is in the future (" + future + ")");
    }

    @Test
    void refusesReferralDatedInTheFuture() {
        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, () -> ivy.post("/api/cases", """
                {"childAgeYears": 4, "allegation": "PHYSICAL_ABUSE", "riskGrade": "HIGH", "physicalSymptoms": true,
                 "occurredAt": "%s"}""".formatted(clock.instant().plus(Duration.ofDays(1)))));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");
    }

    @Test
    void refusesInterviewOfSuspectNeverIdentified() {
        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, () ->
                ivy.post("/api/cases/" + caseId + "/suspects/suspect-7/interviews",
                        "{\"underCaution\": true, \"occurredAt\": \"" + clock.instant() + "\"}"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("suspectId");
        assertThat(problem.get("detail").asText()).contains("suspect-7");
    }

    @Test
    void refusesMissingFieldsNamingEachOne() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> ivy.post("/api/cases", """
                {"childAgeYears": 4, "allegation": "NEGLECT", "physicalSymptoms": false}"""));

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("occurredAt", "riskGrade");
        assertThat(problem.get("errors").get(0).get("problem").asText()).isEqualTo("must not be null");
    }

    @Test
    void refusesValueOutOfRange() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> ivy.post("/api/cases", """
                {"childAgeYears": 19, "allegation": "NEGLECT", "riskGrade": "HIGH", "occurredAt": "%s"}"""
                .formatted(clock.instant())));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("childAgeYears");
    }

    @Test
    void refusesUnknownRiskGradeListingTheKnownOnes() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> ivy.post("/api/cases", """
                {"childAgeYears": 4, "allegation": "NEGLECT", "riskGrade": "EXTREME", "occurredAt": "%s"}"""
                .formatted(clock.instant())));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("riskGrade");
        assertThat(problem.get("errors").get(0).get("problem").asText())
                .isEqualTo("'EXTREME' is not one of [HIGH, MEDIUM, STANDARD]");
    }

    @Test
    void refusesMalformedTime() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () ->
                ivy.post("/api/cases/" + caseId + "/suspects", "{\"occurredAt\": \"yesterday\"}"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");
        assertThat(problem.get("errors").get(0).get("problem").asText()).startsWith("cannot be read as Instant");
    }

    @Test
    void refusesMalformedJson() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () ->
                ivy.post("/api/cases/" + caseId + "/suspects", "{\"occurredAt\": "));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(problem.get("errors").get(0).get("problem").asText()).startsWith("malformed JSON at line 1");
    }

    @Test
    void refusesAnonymousRecording() {
        long before = events.count();

        ResponseEntity<JsonNode> response = Api.anonymous(http).post("/api/cases/" + caseId + "/suspects",
                "{\"occurredAt\": \"" + clock.instant() + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void refusesAuditorRecording() {
        long before = events.count();

        ResponseEntity<JsonNode> response = Api.as(http, "ada").post("/api/cases/" + caseId + "/suspects",
                "{\"occurredAt\": \"" + clock.instant() + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void refusesSupervisorAnotherTeamsAlerts() {
        ResponseEntity<JsonNode> response = Api.as(http, "sue").get("/api/teams/north/alerts");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void takesTheActorFromAuthenticationNotFromTheBody() {
        ivy.post("/api/cases/" + caseId + "/suspects",
                "{\"hasAccessToChildren\": false, \"occurredAt\": \"" + clock.instant()
                        + "\", \"actor\": \"mallory\", \"recordedBy\": \"mallory\"}");

        String actor = jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' from domain_event_entry
                where payload_type like '%.SuspectIdentified' and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""",
                String.class, caseId);
        assertThat(actor).isEqualTo("ivy");
    }

    /** Sends a request that must be refused with the given status, and checks that nothing was appended. */
    private JsonNode refused(HttpStatus status, Supplier<ResponseEntity<JsonNode>> request) {
        long before = events.count();

        ResponseEntity<JsonNode> response = request.get();

        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(events.count()).isEqualTo(before);
        return response.getBody();
    }
}
