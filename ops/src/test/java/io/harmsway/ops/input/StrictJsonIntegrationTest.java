package io.harmsway.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web's JSON is read strictly: what a careless or hostile client sends that Jackson would
 * quietly make something of (the last of two keys, a number as text, 9.5 as 9, " HIGH " as HIGH,
 * an epoch number as a time, data after the object, nulls inside lists and maps) is refused
 * with the field named, and nothing is appended.
 */
class StrictJsonIntegrationTest extends RefusedInputTestBase {

    @Test
    void refusesADuplicateKey() {
        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> notes("""
                {"text": "first", "text": "second", "occurredAt": "%s"}""".formatted(now)));

        assertThat(problem.get("detail").asText()).contains("more than once");
    }

    @Test
    void refusesADuplicateKeyInsideTheCorrectedValues() {
        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues.reportedBy", () -> ivy.post(path("/corrections"), """
                {"correctedEventId": "%s", "correctedValues": {"reportedBy": "GP", "reportedBy": "school"},
                 "reason": "typo"}""".formatted(referralEventId())));
    }

    @Test
    void refusesDataAfterTheJson() {
        refusals.refused(HttpStatus.BAD_REQUEST, "body", () -> notes("""
                {"text": "x", "occurredAt": "%s"} {"text": "y"}""".formatted(now)));
        refusals.refused(HttpStatus.BAD_REQUEST, "body", () -> notes("""
                {"text": "x", "occurredAt": "%s"} trailing""".formatted(now)));
    }

    @Test
    void refusesANumberOrABooleanWhereTextIsExpected() {
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> notes("{\"text\": 42, \"occurredAt\": \"%s\"}".formatted(now)));
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> notes("{\"text\": 4.2, \"occurredAt\": \"%s\"}".formatted(now)));
        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "reportedVia", () -> ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "NEGLECT", "riskGrade": "HIGH", "reportedVia": true,
                 "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(referred)));

        assertThat(problem.get("detail").asText()).contains("must be text");
    }

    @Test
    void refusesTextWhereANumberOrABooleanIsExpected() {
        refusals.refused(HttpStatus.BAD_REQUEST, "childAgeYears", () -> referral("\"9\"", "\"HIGH\"", "false"));
        refusals.refused(HttpStatus.BAD_REQUEST, "physicalSymptoms", () -> referral("9", "\"HIGH\"", "\"false\""));
        refusals.refused(HttpStatus.BAD_REQUEST, "physicalSymptoms", () -> referral("9", "\"HIGH\"", "0"));
    }

    @Test
    void refusesAFractionalAge() {
        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "childAgeYears",
                () -> referral("9.5", "\"HIGH\"", "false"));
        refusals.refused(HttpStatus.BAD_REQUEST, "ageYears", () -> ivy.post(path("/children"),
                "{\"ageYears\": 6.0, \"context\": \"sibling\", \"occurredAt\": \"%s\"}".formatted(now)));

        assertThat(problem.get("detail").asText()).contains("whole number");
    }

    @Test
    void refusesAPaddedMisCasedOrNumberedGrade() {
        JsonNode padded = refusals.refused(HttpStatus.BAD_REQUEST, "riskGrade", () -> referral("9", "\" HIGH \"", "false"));
        refusals.refused(HttpStatus.BAD_REQUEST, "riskGrade", () -> referral("9", "\"high\"", "false"));
        refusals.refused(HttpStatus.BAD_REQUEST, "riskGrade", () -> referral("9", "0", "false"));
        refusals.refused(HttpStatus.BAD_REQUEST, "riskGrade", () -> referral("9", "\"0\"", "false"));
        refusals.refused(HttpStatus.BAD_REQUEST, "agencies[0]", () -> ivy.post(path("/strategy-discussions"), """
                {"agencies": ["POLICE "], "doctorPresent": false, "decision": "x", "occurredAt": "%s"}""".formatted(now)));

        assertThat(padded.get("errors").get(0).get("problem").asText())
                .isEqualTo("' HIGH ' is not one of [HIGH, MEDIUM, STANDARD]");
    }

    @Test
    void refusesANumberAsATime() {
        refusals.refused(HttpStatus.BAD_REQUEST, "occurredAt", () -> notes("{\"text\": \"x\", \"occurredAt\": 1764000000}"));
        refusals.refused(HttpStatus.BAD_REQUEST, "occurredAt", () -> notes("{\"text\": \"x\", \"occurredAt\": \"1764000000\"}"));
    }

    @Test
    void refusesANullAmongTheAgencies() {
        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "agencies[0]", () -> ivy.post(path("/strategy-discussions"), """
                {"agencies": [null], "doctorPresent": false, "decision": "x", "occurredAt": "%s"}""".formatted(now)));
        refusals.refused(HttpStatus.BAD_REQUEST, "agencies[1]", () -> ivy.post(path("/strategy-discussions"), """
                {"agencies": ["POLICE", null], "doctorPresent": false, "decision": "x", "occurredAt": "%s"}""".formatted(now)));

        assertThat(problem.get("errors").get(0).get("problem").asText()).isEqualTo("must not be null");
    }

    @Test
    void refusesANullCorrectedValue() {
        refusals.refused(HttpStatus.BAD_REQUEST, "correctedValues.occurredAt", () -> ivy.post(path("/corrections"), """
                {"correctedEventId": "%s", "correctedValues": {"occurredAt": null}, "reason": "typo"}"""
                .formatted(referralEventId())));
    }

    @Test
    void refusesAByteOrderMark() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.write("{\"text\": \"x\", \"occurredAt\": \"%s\"}".formatted(now).getBytes(StandardCharsets.UTF_8));

        JsonNode problem = refusals.refused(HttpStatus.BAD_REQUEST, "body",
                () -> ivy.post(path("/notes"), body.toByteArray(), MediaType.APPLICATION_JSON));

        assertThat(problem.get("detail").asText()).contains("byte-order mark");
    }

    @Test
    void refusesAnUnescapedControlCharacterAndBytesThatAreNotUtf8() {
        byte[] control = ("{\"text\": \"a" + (char) 1 + "b\", \"occurredAt\": \"" + now + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"text\": \"café\", \"occurredAt\": \"%s\"}".formatted(now).getBytes(StandardCharsets.ISO_8859_1);

        JsonNode unescaped = refusals.refused(HttpStatus.BAD_REQUEST, "text",
                () -> ivy.post(path("/notes"), control, MediaType.APPLICATION_JSON));
        JsonNode notUtf8 = refusals.refused(HttpStatus.BAD_REQUEST, "text",
                () -> ivy.post(path("/notes"), latin1, MediaType.APPLICATION_JSON));

        assertThat(unescaped.get("detail").asText()).contains("must be escaped");
        assertThat(notUtf8.get("detail").asText()).contains("not UTF-8");
    }

    @Test
    void refusesSomethingOtherThanAnObject() {
        refusals.refused(HttpStatus.BAD_REQUEST, "body", () -> notes("[]"));
        refusals.refused(HttpStatus.BAD_REQUEST, "body", () -> notes("\"a note\""));
        refusals.refused(HttpStatus.BAD_REQUEST, "text", () -> notes("{\"text\": [\"x\"], \"occurredAt\": \"%s\"}".formatted(now)));
        refusals.refused(HttpStatus.BAD_REQUEST, "agencies", () -> ivy.post(path("/strategy-discussions"), """
                {"agencies": "POLICE", "doctorPresent": false, "decision": "x", "occurredAt": "%s"}""".formatted(now)));
    }

    @Test
    void refusesANumberTooLargeForItsField() {
        refusals.refused(HttpStatus.BAD_REQUEST, "childAgeYears", () -> referral("99999999999", "\"HIGH\"", "false"));
    }

    private ResponseEntity<JsonNode> notes(String json) {
        return ivy.post(path("/notes"), json);
    }

    private ResponseEntity<JsonNode> referral(String age, String grade, String physicalSymptoms) {
        return ivy.post("/api/cases", """
                {"childAgeYears": %s, "allegation": "NEGLECT", "riskGrade": %s, "physicalSymptoms": %s, "occurredAt": "%s"}"""
                .formatted(age, grade, physicalSymptoms, referred));
    }

    private String path(String action) {
        return "/api/cases/" + caseId + action;
    }

    private String referralEventId() {
        return jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.ReferralReceived'""", String.class, caseId);
    }
}
