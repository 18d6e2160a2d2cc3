package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static io.harmsway.ops.caserecord.Eventually.eventually;

/** Corrections keep both entries; late records keep both times and show in the timeline and case list. */
class CorrectionAndLateRecordingIntegrationTest extends IntegrationTestBase {

    @Test
    void correctionKeepsTheOriginalEntryAndMarksItCorrected() {
        Instant referred = clock.instant().minus(Duration.ofDays(1));
        String caseId = ivy.openCase("MEDIUM", referred);
        Instant typed = referred.plus(Duration.ofHours(5));
        Instant actual = referred.plus(Duration.ofHours(3));
        ivy.post("/api/cases/" + caseId + "/notes", "{\"text\": \"home visit\", \"occurredAt\": \"%s\"}".formatted(typed));
        String noteId = eventually().until(() -> entry(caseId, "NoteAdded"), entry -> entry != null).get("eventId").asText();

        var response = ivy.post("/api/cases/" + caseId + "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"occurredAt": "%s"}, "reason": "visit was at noon"}"""
                .formatted(noteId, actual));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode correction = eventually().until(() -> entry(caseId, "EntryCorrected"), entry -> entry != null);
        JsonNode note = eventually().until(() -> entry(caseId, "NoteAdded"),
                entry -> entry != null && entry.path("corrected").asBoolean());
        assertThat(note.get("correctedBy").asText()).isEqualTo(correction.get("eventId").asText());
        assertThat(note.get("correctedValues").get("occurredAt").asText()).isEqualTo(actual.toString());
        assertThat(Instant.parse(note.get("occurredAt").asText())).as("the original stays as recorded").isEqualTo(typed);
        assertThat(correction.get("title").asText())
                .isEqualTo("Correction of note added: occurredAt is " + actual + " (visit was at noon)");
        assertThat(correction.get("facts").get("correctedEventType").asText()).isEqualTo("NoteAdded");
        assertThat(correction.get("recordedBy").asText()).isEqualTo("ivy");
        assertThat(events.count(caseId, "NoteAdded")).isEqualTo(1);
        assertThat(events.count(caseId, "EntryCorrected")).isEqualTo(1);
    }

    @Test
    void lateRecordShowsItsLagInTheTimelineAndTheCaseList() {
        Instant referred = clock.instant().minus(Duration.ofMinutes(30));
        String lateCase = ivy.openCase("HIGH", referred);
        String promptCase = ivy.openCase("HIGH", referred);
        clock.advance(Duration.ofDays(5));

        ivy.post("/api/cases/" + lateCase + "/notes", "{\"text\": \"strategy call\", \"occurredAt\": \"%s\"}"
                .formatted(referred.plus(Duration.ofMinutes(10))));
        ivy.post("/api/cases/" + promptCase + "/notes", "{\"text\": \"strategy call\", \"occurredAt\": \"%s\"}"
                .formatted(clock.instant().minus(Duration.ofMinutes(5))));

        JsonNode late = eventually().until(() -> entry(lateCase, "NoteAdded"), entry -> entry != null);
        assertThat(late.get("recordedLate").asText()).isEqualTo("recorded 5d 0h after it happened");
        assertThat(Duration.parse(late.get("recordingLag").asText()))
                .isEqualTo(Duration.ofDays(5).plus(Duration.ofMinutes(20)));
        JsonNode prompt = eventually().until(() -> entry(promptCase, "NoteAdded"), entry -> entry != null);
        assertThat(prompt.get("recordedLate").isNull()).isTrue();

        eventually().untilAsserted(() -> assertThat(String.valueOf(summaryOf(lateCase, "")))
                .contains("\"lateRecordedEntries\":1,"));
        assertThat(Duration.parse(summaryOf(lateCase, "").get("longestRecordingLag").asText()))
                .isEqualTo(Duration.ofDays(5).plus(Duration.ofMinutes(20)));
        assertThat(summaryOf(promptCase, "").get("lateRecordedEntries").asInt()).isZero();
        assertThat(summaryOf(lateCase, "&recordedLateBy=P3D")).isNotNull();
        assertThat(summaryOf(promptCase, "&recordedLateBy=P3D")).isNull();
        assertThat(summaryOf(lateCase, "&recordedLateBy=P30D")).isNull();
    }

    private JsonNode entry(String caseId, String type) {
        List<JsonNode> timeline = list(ivy.get("/api/cases/" + caseId + "/timeline").getBody());
        return timeline.stream().filter(entry -> entry.path("type").asText().equals(type)).findFirst().orElse(null);
    }

    private JsonNode summaryOf(String caseId, String filter) {
        return list(sam.get("/api/cases?team=north" + filter).getBody()).stream()
                .filter(summary -> summary.path("caseId").asText().equals(caseId)).findFirst().orElse(null);
    }
}
