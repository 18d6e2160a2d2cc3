package io.harmsway.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text and times that PostgreSQL cannot hold (NUL, timestamps before 4713 BC) or that no officer
 * means (control characters, broken characters, year 0, times centuries ahead, megabytes of
 * text) are refused at the edge: once stored, an event stays for good, and one such event once
 * stopped every read model. Written as text in JSON, so {@code \\u0000} is the JSON escape.
 */
class PoisonInputIntegrationTest extends RefusedInputTestBase {

    private static final String SUSPECT_INTERVIEW = "suspect-interview";

    @Test
    void refusesNulInANote() {
        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("a\\u0000b"));

        assertThat(problem.get("detail").asText()).contains("U+0000");
    }

    @Test
    void refusesNulInAReferralsReportedVia() {
        refusals.refused(HttpStatus.BAD_REQUEST, "reportedVia", () -> ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH", "reportedVia": "phone\\u0000call",
                 "reportedBy": "school", "physicalSymptoms": true, "occurredAt": "%s"}""".formatted(referred)));
    }

    @Test
    void refusesNulInAClocksResumeReason() {
        String suspectId = ivy.identifySuspect(caseId, referred);
        String clockId = awaitClock(suspectId);
        assertThat(ivy.post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("the suspect is abroad", clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        refusals.refused(HttpStatus.BAD_REQUEST, "reason", () ->
                ivy.post("/api/sla/clocks/" + clockId + "/resume", Api.clockAction("back\\u0000", clock.instant())));

        assertThat(events.count(caseId, "SlaClockResumed")).isZero();
    }

    @Test
    void refusesATimeBeforeAnyRecordCouldBe() {
        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "occurredAt", () -> ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "NEGLECT", "riskGrade": "HIGH", "physicalSymptoms": false,
                 "occurredAt": "-999999999-01-01T00:00:00Z"}"""));

        assertThat(problem.get("detail").asText()).contains("1900");
    }

    @Test
    void refusesACorrectionToYearMinus200000() {
        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues.occurredAt", () -> correction("""
                {"occurredAt": "-200000-01-01T00:00:00Z"}"""));
    }

    @Test
    void refusesYearZeroAndYearsBeyondTheHorizon() {
        refusals.refused(HttpStatus.BAD_REQUEST, "occurredAt", () -> note("x", "0000-01-01T00:00:00Z"));
        refusals.refused(HttpStatus.BAD_REQUEST, "occurredAt", () -> note("x", "+999999999-12-31T23:59:59Z"));
        String suspectId = ivy.identifySuspect(caseId, referred);
        refusals.refused(HttpStatus.BAD_REQUEST, "bailEndsAt", () -> ivy.post(
                "/api/cases/" + caseId + "/suspects/" + suspectId + "/bail",
                "{\"bailEndsAt\": \"+999999999-12-31T23:59:59Z\", \"occurredAt\": \"%s\"}".formatted(now)));
        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues.occurredAt", () -> correction("""
                {"occurredAt": "+10000-01-01T00:00:00Z"}"""));
    }

    @Test
    void leavesTheFutureWithinTheHorizonToTheCase() {
        refusals.refused(HttpStatus.UNPROCESSABLE_ENTITY, "occurredAt", () -> note("x", now.plus(Duration.ofDays(30)).toString()));
    }

    @Test
    void refusesControlCharacters() {
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("ring \\u0007 the bell"));
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("\\u001b[31mred"));
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("delete\\u007f"));
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("c1 \\u0085 control"));
        JsonNode singleLine = refusals.refused(HttpStatus.BAD_REQUEST, "reportedBy", () -> ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "NEGLECT", "riskGrade": "HIGH", "reportedBy": "school\\nnurse",
                 "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(referred)));

        assertThat(singleLine.get("detail").asText()).contains("line break");
    }

    @Test
    void refusesAnUnpairedSurrogate() {
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("half a character \\ud83d here"));
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("\\ude00 low half first"));
        String suspectId = ivy.identifySuspect(caseId, referred);
        refusals.refused(HttpStatus.BAD_REQUEST, "authorisedBy", () -> ivy.post(
                "/api/cases/" + caseId + "/suspects/" + suspectId + "/bail/extensions",
                "{\"bailEndsAt\": \"%s\", \"authorisedBy\": \"Supt \\udbff\", \"occurredAt\": \"%s\"}"
                        .formatted(now.plus(Duration.ofDays(90)), now)));
    }

    @Test
    void keepsTabsLineBreaksAndWholeCharactersInMultiLineText() {
        String text = "first line\\n\\tsecond line\\r\\nthird, with a whole emoji \\ud83d\\ude00 and é";

        assertThat(note(text).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().untilAsserted(() -> assertThat(ivy.get("/api/cases/" + caseId + "/timeline").getBody()
                .findValuesAsText("title")).contains("Note: first line\n\tsecond line\r\nthird, with a whole emoji 😀 and é"));
    }

    @Test
    void refusesAnOverLongField() {
        JsonNode note = refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> note("x".repeat(4001)));
        refusals.refused(HttpStatus.BAD_REQUEST, "reportedVia", () -> ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "NEGLECT", "riskGrade": "HIGH", "reportedVia": "%s",
                 "physicalSymptoms": false, "occurredAt": "%s"}""".formatted("v".repeat(201), referred)));
        refusals.refused(HttpStatus.BAD_REQUEST, "toTeam", () -> ivy.post("/api/cases/" + caseId + "/transfers",
                "{\"toTeam\": \"%s\", \"toOfficer\": \"ian\", \"occurredAt\": \"%s\"}".formatted("t".repeat(65), now)));

        assertThat(note.get("detail").asText()).contains("4000");
    }

    @Test
    void refusesACorrectionOfTooManyFieldsAtOnce() {
        String values = IntStream.rangeClosed(1, 13).mapToObj(i -> "\"field" + i + "\": \"x\"")
                .collect(Collectors.joining(", ", "{", "}"));

        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues", () -> correction(values));
    }

    @Test
    void refusesNulInACorrectedValueAndInTheNameOfACorrectedField() {
        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues.reportedBy", () -> correction("""
                {"reportedBy": "G\\u0000P"}"""));
        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues", () -> correction("""
                {"reported\\u0000By": "GP"}"""));
    }

    @Test
    void refusesNulInAQueryParameter() {
        ResponseEntity<JsonNode> response = ivy.get(URI.create("/api/cases?team=north%00"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Refusals.assertProblemForPeople(response);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("team");
    }

    private ResponseEntity<JsonNode> note(String jsonText) {
        return note(jsonText, now.toString());
    }

    private ResponseEntity<JsonNode> note(String jsonText, String occurredAt) {
        return ivy.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"" + jsonText + "\", \"occurredAt\": \"" + occurredAt + "\"}");
    }

    private ResponseEntity<JsonNode> correction(String correctedValues) {
        String referral = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.ReferralReceived'""", String.class, caseId);
        return ivy.post("/api/cases/" + caseId + "/corrections", """
                {"correctedEventId": "%s", "correctedValues": %s, "reason": "typo"}""".formatted(referral, correctedValues));
    }

    private String awaitClock(String suspectId) {
        await().untilAsserted(() -> assertThat(clockOf(suspectId)).isNotNull());
        return clockOf(suspectId);
    }

    private String clockOf(String suspectId) {
        for (JsonNode clock : ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()) {
            if (clock.get("ruleId").asText().equals(SUSPECT_INTERVIEW) && clock.get("subjectId").asText().equals(suspectId)) {
                return clock.get("clockId").asText();
            }
        }
        return null;
    }
}
