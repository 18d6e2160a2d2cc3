package io.harmsway.ops.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The replay over HTTP on both axes of time: a late entry is absent from the case as known before
 * its recording; a correction recorded after a moment is not applied to the case as known then, but
 * is as it happened; entries come in the order they happened, each saying how late it was recorded;
 * what changed between two moments; and the refusals of bad moments, naming the parameter, with
 * nothing appended.
 */
class CaseReplayIntegrationTest extends ReplayTestBase {

    @Test
    void aLateEntryIsAbsentFromTheCaseAsKnownBeforeItWasRecorded() {
        Instant referred = clock.instant();
        String caseId = ivy.openCase("MEDIUM", referred);
        clock.advance(Duration.ofDays(2));
        note(caseId, "home visit", referred.plus(Duration.ofHours(1)));
        Instant recorded = clock.instant();

        assertThat(titles(knownAt(caseId, recorded.minus(Duration.ofDays(1))).get("timeline")))
                .noneMatch(title -> title.contains("home visit"));
        JsonNode late = first(list(knownAt(caseId, recorded).get("timeline")),
                entry -> entry.path("title").asText().contains("home visit"), "the late note");
        assertThat(late.get("recordedLate").asText()).isEqualTo("recorded 1d 23h after it happened");
        assertThat(knownAt(caseId, recorded.minus(Duration.ofDays(1))).get("eventsKnown").asInt())
                .isLessThan(knownAt(caseId, recorded).get("eventsKnown").asInt());
    }

    @Test
    void aCorrectionRecordedAfterTheMomentIsNotAppliedThenButIsAsItHappened() {
        Instant identified = clock.instant();
        String caseId = ivy.openCase("HIGH", identified);
        String suspectId = ivy.identifySuspect(caseId, identified);
        await().untilAsserted(() -> assertThat(clockOf(knownAt(caseId, clock.instant()))).isNotNull());
        clock.advance(Duration.ofDays(9));
        Instant typed = clock.instant().minus(Duration.ofHours(1));
        ivy.post("/api/cases/" + caseId + "/suspects/" + suspectId + "/interviews",
                "{\"underCaution\": true, \"occurredAt\": \"" + typed + "\"}");
        Instant interviewRecorded = clock.instant();
        await().untilAsserted(() -> assertThat(clockOf(knownAt(caseId, interviewRecorded)).path("state").asText())
                .isEqualTo("MET"));
        String interviewId = first(list(knownAt(caseId, interviewRecorded).get("timeline")),
                e -> e.path("type").asText().equals("SuspectInterviewed"), "the interview").get("eventId").asText();
        clock.advance(Duration.ofDays(1));
        Instant actual = identified.plus(Duration.ofDays(5));
        assertThat(ivy.post("/api/cases/" + caseId + "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"occurredAt": "%s"},
                 "reason": "typed the day the notes were written up, not the day of the interview"}"""
                .formatted(interviewId, actual)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Instant corrected = clock.instant();
        await().untilAsserted(() -> assertThat(Duration.parse(clockOf(knownAt(caseId, corrected)).path("lateBy").asText()))
                .isZero());

        JsonNode before = knownAt(caseId, corrected.minus(Duration.ofHours(12)));
        JsonNode interviewThen = first(list(before.get("timeline")), e -> e.path("eventId").asText().equals(interviewId),
                "the interview known then");
        assertThat(interviewThen.get("corrected").asBoolean()).isFalse();
        assertThat(types(before.get("timeline"))).doesNotContain("EntryCorrected", "SlaClockMetTimeCorrected");
        JsonNode clockThen = clockOf(before);
        assertThat(Instant.parse(clockThen.get("metAt").asText())).isEqualTo(typed);
        assertThat(Duration.parse(clockThen.get("lateBy").asText())).isEqualTo(Duration.ofDays(2).minusHours(1));
        assertThat(clockThen.get("verdict").asText()).startsWith("met late by 1d 23h");

        JsonNode after = knownAt(caseId, corrected);
        JsonNode interviewNow = first(list(after.get("timeline")), e -> e.path("eventId").asText().equals(interviewId),
                "the interview known now");
        assertThat(interviewNow.get("corrected").asBoolean()).isTrue();
        assertThat(interviewNow.get("correctedValues").get("occurredAt").asText()).isEqualTo(actual.toString());
        assertThat(Instant.parse(interviewNow.get("occurredAt").asText())).as("the entry as recorded").isEqualTo(typed);
        JsonNode clockNow = clockOf(after);
        assertThat(Instant.parse(clockNow.get("metAt").asText())).isEqualTo(actual);
        assertThat(clockNow.get("verdict").asText()).startsWith("met on time at " + actual);

        JsonNode happened = first(list(ada.get("/api/audit/cases/" + caseId + "/as-it-happened").getBody().get("entries")),
                e -> e.path("eventId").asText().equals(interviewId), "the interview as it happened");
        assertThat(Instant.parse(happened.get("occurredAt").asText())).isEqualTo(actual);
        assertThat(happened.get("corrected").asBoolean()).isTrue();
        assertThat(Instant.parse(happened.get("recorded").get("occurredAt").asText())).as("the original shown")
                .isEqualTo(typed);
        assertThat(Duration.parse(happened.get("recordingLag").asText())).isEqualTo(Duration.between(actual, interviewRecorded));
        assertThat(happened.get("late").asBoolean()).isTrue();
    }

    @Test
    void asItHappenedComesInTheOrderOfOccurrenceAndMarksWhatWasRecordedLate() {
        Instant referred = clock.instant();
        String caseId = ivy.openCase("MEDIUM", referred);
        clock.advance(Duration.ofDays(5));
        note(caseId, "prompt note", clock.instant().minus(Duration.ofMinutes(5)));
        note(caseId, "late note", referred.plus(Duration.ofHours(2)));

        JsonNode happened = ada.get("/api/audit/cases/" + caseId + "/as-it-happened").getBody();

        List<JsonNode> entries = list(happened.get("entries"));
        List<Instant> times = entries.stream().map(e -> Instant.parse(e.get("occurredAt").asText())).toList();
        assertThat(times).isSorted();
        List<String> notes = entries.stream().map(e -> e.path("title").asText()).filter(t -> t.startsWith("Note:")).toList();
        assertThat(notes).containsExactly("Note: late note", "Note: prompt note");
        assertThat(Duration.parse(happened.get("lateThreshold").asText())).isEqualTo(Duration.ofDays(3));
        JsonNode late = first(entries, e -> e.path("title").asText().equals("Note: late note"), "the late note");
        assertThat(late.get("late").asBoolean()).isTrue();
        assertThat(Duration.parse(late.get("recordingLag").asText())).isEqualTo(Duration.ofDays(5).minusHours(2));
        assertThat(first(entries, e -> e.path("title").asText().equals("Note: prompt note"), "the prompt note")
                .get("late").asBoolean()).isFalse();
        assertThat(happened.get("lateEntries").asInt()).isEqualTo((int) entries.stream().filter(e -> e.get("late").asBoolean()).count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void changesBetweenTwoMomentsAreWhatWasRecordedAfterTheFirstAndByTheSecond() {
        Instant identified = clock.instant();
        String caseId = ivy.openCase("HIGH", identified);
        ivy.identifySuspect(caseId, identified);
        await().untilAsserted(() -> assertThat(clockOf(knownAt(caseId, clock.instant()))).isNotNull());
        clock.advance(Duration.ofHours(1));
        note(caseId, "before the window", clock.instant());
        String beforeId = noteId(caseId, "before the window");
        Instant from = clock.instant();

        clock.advance(Duration.ofDays(8));
        sweep.sweepDue();
        String clockId = clockOf(knownAt(caseId, clock.instant())).get("clockId").asText();
        assertThat(sam.post("/api/sla/clocks/" + clockId + "/acknowledgement",
                "{\"note\": \"DC Smith interviews the suspect on Thursday\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        note(caseId, "inside the window", clock.instant());
        ivy.post("/api/cases/" + caseId + "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"text": "before the window, corrected"},
                 "reason": "typo"}""".formatted(beforeId));
        Instant to = clock.instant();
        clock.advance(Duration.ofHours(1));
        note(caseId, "after the window", clock.instant());

        ResponseEntity<JsonNode> answer = ada.get("/api/audit/cases/" + caseId + "/changes?from=" + from + "&to=" + to);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode changes = answer.getBody();
        assertThat(titles(changes.get("entriesRecorded"))).containsExactly("Note: inside the window");
        assertThat(list(changes.get("corrections"))).singleElement()
                .satisfies(c -> assertThat(c.get("facts").get("correctedEventId").asText()).isEqualTo(beforeId));
        assertThat(types(changes.get("alertsRaised"))).contains("SlaClockBreached");
        assertThat(list(changes.get("alertsRaised"))).allSatisfy(alert ->
                assertThat(Instant.parse(alert.get("recordedAt").asText())).isAfter(from).isBeforeOrEqualTo(to));
        assertThat(list(changes.get("acknowledgements"))).singleElement()
                .satisfies(ack -> assertThat(ack.get("title").asText()).startsWith("Breach acknowledged by sam"));
        assertThat(types(changes.get("clockChanges"))).doesNotContain("SlaClockStarted");
    }

    @Test
    void badMomentsAreRefusedNamingTheParameterAndAppendNothing() {
        String caseId = ivy.openCase("HIGH", clock.instant());
        long aggregateEvents = events.count();
        long reads = events.count(caseId, "CaseRead");
        String base = "/api/audit/cases/" + caseId;

        refused(base + "/as-known-at", "at", "is required");
        refused(base + "/as-known-at?at=yesterday", "at", "is not an ISO-8601 instant");
        refused(base + "/as-known-at?at=2026-13-01T00:00:00Z", "at", "is not an ISO-8601 instant");
        refused(base + "/as-known-at?at=" + clock.instant().plus(Duration.ofDays(1)), "at", "is in the future");
        refused(base + "/changes?to=" + clock.instant(), "from", "is required");
        refused(base + "/changes?from=" + clock.instant() + "&to=" + clock.instant().minus(Duration.ofDays(1)), "from",
                "is after to");
        refused(base + "/changes?from=" + clock.instant().minus(Duration.ofDays(1)) + "&to=soon", "to",
                "is not an ISO-8601 instant");

        assertThat(ivy.get(base + "/as-known-at?at=" + clock.instant()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(reads);
        assertThat(events.count()).isEqualTo(aggregateEvents);
        assertThat(ada.get("/api/audit/cases/no-such-case/as-known-at?at=" + clock.instant()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void refused(String path, String field, String problem) {
        ResponseEntity<JsonNode> answer = ada.get(path);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("problem").asText()).contains(problem);
        });
    }

    private void note(String caseId, String text, Instant occurredAt) {
        assertThat(ivy.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"%s\", \"occurredAt\": \"%s\"}".formatted(text, occurredAt)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String noteId(String caseId, String text) {
        return first(list(knownAt(caseId, clock.instant()).get("timeline")),
                e -> e.path("title").asText().equals("Note: " + text), text).get("eventId").asText();
    }


    private static List<String> titles(JsonNode entries) {
        return list(entries).stream().map(entry -> entry.path("title").asText()).toList();
    }
}
