package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Impossible records are refused with a problem naming the field and what is wrong, and nothing
 * is appended to the event store.
 */
class CaseRecordRefusalIntegrationTest extends IntegrationTestBase {

    Instant referred;
    Instant now;
    String caseId;

    @BeforeEach
    void openCase() {
        now = clock.instant();
        referred = now.minus(Duration.ofDays(5));
        caseId = ivy.openCase("HIGH", referred);
    }

    @Test
    void refusesAnActionDatedBeforeTheReferral() {
        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, "occurredAt",
                "/notes", "{\"text\": \"x\", \"occurredAt\": \"%s\"}".formatted(referred.minusSeconds(1)));

        assertThat(problem.get("detail").asText()).contains("is before the referral");
    }

    @Test
    void refusesAnActionDatedInTheFuture() {
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "occurredAt", "/children/child-1/views",
                "{\"summaryReference\": \"V-1\", \"occurredAt\": \"%s\"}".formatted(now.plusSeconds(60)));
    }

    @Test
    void refusesAnInterviewOfASuspectNeverIdentified() {
        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, "suspectId", "/suspects/suspect-3/interviews",
                "{\"underCaution\": true, \"occurredAt\": \"%s\"}".formatted(now));

        assertThat(problem.get("detail").asText()).contains("no suspect 'suspect-3' has been identified");
    }

    @Test
    void refusesAnActionForAnUnknownChild() {
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "childId", "/children/child-9/medicals",
                "{\"examinedBy\": \"Dr Rao\", \"findingsReference\": \"M-1\", \"occurredAt\": \"%s\"}".formatted(now));
    }

    @Test
    void refusesBailOfAnUnknownSuspect() {
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "suspectId", "/suspects/suspect-2/bail",
                "{\"bailEndsAt\": \"%s\", \"occurredAt\": \"%s\"}".formatted(now.plus(Duration.ofDays(28)), now));
    }

    @Test
    void refusesBailEndingBeforeTheRelease() {
        String suspect = ivy.identifySuspect(caseId, referred);

        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, "bailEndsAt", "/suspects/" + suspect + "/bail",
                "{\"bailEndsAt\": \"%s\", \"occurredAt\": \"%s\"}".formatted(now.minus(Duration.ofDays(1)), now));

        assertThat(problem.get("detail").asText()).contains("must be after the release on bail");
    }

    @Test
    void refusesABailExtensionWithoutItsAuthority() {
        String suspect = ivy.identifySuspect(caseId, referred);

        refused(HttpStatus.BAD_REQUEST, "authorisedBy", "/suspects/" + suspect + "/bail/extensions",
                "{\"bailEndsAt\": \"%s\", \"occurredAt\": \"%s\"}".formatted(now.plus(Duration.ofDays(90)), now));
    }

    @Test
    void refusesAnActionOnAnEliminatedSuspect() {
        String suspect = ivy.identifySuspect(caseId, referred);
        assertThat(ivy.post(path("/suspects/" + suspect + "/elimination"),
                "{\"reason\": \"alibi\", \"occurredAt\": \"%s\"}".formatted(now)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        refused(HttpStatus.UNPROCESSABLE_ENTITY, "suspectId", "/suspects/" + suspect + "/arrests",
                "{\"occurredAt\": \"%s\"}".formatted(now));
    }

    @Test
    void refusesNoFurtherActionWithoutAReason() {
        String suspect = ivy.identifySuspect(caseId, referred);

        refused(HttpStatus.UNPROCESSABLE_ENTITY, "reason", "/suspects/" + suspect + "/charging-decisions",
                "{\"outcome\": \"NO_FURTHER_ACTION\", \"occurredAt\": \"%s\"}".formatted(now));
    }

    @Test
    void refusesADoctorAtAStrategyDiscussionWithoutHealth() {
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "doctorPresent", "/strategy-discussions", """
                {"agencies": ["POLICE"], "doctorPresent": true, "decision": "medical", "occurredAt": "%s"}"""
                .formatted(now));
    }

    @Test
    void refusesAnUnknownAgency() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, "agencies[0]", "/strategy-discussions", """
                {"agencies": ["FIRE_SERVICE"], "doctorPresent": false, "decision": "x", "occurredAt": "%s"}"""
                .formatted(now));

        assertThat(problem.get("detail").asText()).contains("'FIRE_SERVICE' is not one of");
    }

    @Test
    void refusesAMedicalWithoutItsFindingsReference() {
        refused(HttpStatus.BAD_REQUEST, "findingsReference", "/children/child-1/medicals",
                "{\"examinedBy\": \"Dr Rao\", \"occurredAt\": \"%s\"}".formatted(now));
    }

    @Test
    void refusesAForensicResultForASubmissionNeverSent() {
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "submissionReference", "/forensic-submissions/DF-404/result",
                "{\"occurredAt\": \"%s\"}".formatted(now));
    }

    @Test
    void refusesACorrectionNamingAnEventOfAnotherCase() {
        String otherCase = ivy.openCase("STANDARD", referred);
        String otherReferral = referralEventIdOf(otherCase);

        refused(HttpStatus.UNPROCESSABLE_ENTITY, "correctedEventId", "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"occurredAt": "%s"}, "reason": "typo"}"""
                .formatted(otherReferral, referred));
    }

    @Test
    void refusesACorrectionOfAFieldTheEntryDoesNotHave() {
        String referral = referralEventIdOf(caseId);

        JsonNode problem = refused(HttpStatus.UNPROCESSABLE_ENTITY, "correctedValues.colour", "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"colour": "red"}, "reason": "typo"}""".formatted(referral));

        assertThat(problem.get("detail").asText()).contains("ReferralReceived has no such field");
    }

    @Test
    void refusesAnyChangeToAClosedCase() {
        String referral = referralEventIdOf(caseId);
        assertThat(ivy.post(path("/closure"), "{\"outcome\": \"NFA\", \"occurredAt\": \"%s\"}".formatted(now))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        refused(HttpStatus.UNPROCESSABLE_ENTITY, "caseId", "/notes", "{\"text\": \"x\", \"occurredAt\": \"%s\"}"
                .formatted(now));
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "caseId", "/suspects",
                "{\"hasAccessToChildren\": false, \"occurredAt\": \"%s\"}".formatted(now));
        refused(HttpStatus.UNPROCESSABLE_ENTITY, "caseId", "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"reportedBy": "GP"}, "reason": "typo"}""".formatted(referral));
    }

    @Test
    void refusesAnActionOnAnUnknownCase() {
        long before = events.count();

        ResponseEntity<JsonNode> response = ivy.post("/api/cases/no-such-case/children/child-1/views",
                "{\"summaryReference\": \"V-1\", \"occurredAt\": \"%s\"}".formatted(now));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("caseId");
        assertThat(events.count()).isEqualTo(before);
    }

    private JsonNode refused(HttpStatus status, String field, String path, String json) {
        long before = events.count();

        ResponseEntity<JsonNode> response = ivy.post(path(path), json);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText()).contains(field);
        assertThat(events.count()).isEqualTo(before);
        return response.getBody();
    }

    private String path(String path) {
        return "/api/cases/" + caseId + path;
    }

    /** The referral's event id (the timeline shows the same id; the event store has it at once). */
    private String referralEventIdOf(String caseId) {
        return jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.ReferralReceived'""", String.class, caseId);
    }
}
