package io.harmsway.ops.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspection's question, "who knew, and when?", for a suspect interview that happened before its
 * deadline but was recorded after the sweep had raised the breach. Replayed at a moment between the
 * interview and its recording, the case shows the breach open and no interview; replayed after the
 * recording, it shows the interview, the clock met on time, and the breach still in its history.
 */
class LateInterviewReplayIntegrationTest extends ReplayTestBase {

    @Test
    void beforeTheRecordingTheBreachStandsOpenAndAfterItTheClockIsMetOnTimeWithTheBreachInItsHistory() {
        Instant identified = clock.instant();
        String caseId = ivy.openCase("HIGH", identified);
        String suspectId = ivy.identifySuspect(caseId, identified);
        // Seven calendar days in London, as the rule counts them: 7 x 24 hours only when no clock change falls between.
        Instant due = identified.atZone(ZoneId.of("Europe/London")).plusDays(7).toInstant();
        await().untilAsserted(() -> assertThat(clockOf(knownAt(caseId, clock.instant()))).isNotNull());

        clock.advance(Duration.ofDays(7).plusHours(2));
        sweep.sweepDue();
        Instant breachRaised = clock.instant();
        clock.advance(Duration.ofDays(3));
        Instant interviewed = identified.plus(Duration.ofDays(5));
        assertThat(ivy.post("/api/cases/" + caseId + "/suspects/" + suspectId + "/interviews",
                "{\"underCaution\": true, \"occurredAt\": \"" + interviewed + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Instant recorded = clock.instant();
        await().untilAsserted(() -> assertThat(clockOf(knownAt(caseId, recorded)).path("state").asText())
                .isEqualTo("MET"));

        JsonNode between = knownAt(caseId, breachRaised.plus(Duration.ofDays(1)));
        assertThat(types(between.get("timeline"))).contains("SuspectIdentified", "SlaClockStarted", "SlaClockBreached")
                .doesNotContain("SuspectInterviewed", "SlaClockMet");
        JsonNode openClock = clockOf(between);
        assertThat(openClock.get("state").asText()).isEqualTo("OPEN");
        assertThat(Instant.parse(openClock.get("dueAt").asText())).isEqualTo(due);
        assertThat(Instant.parse(openClock.get("breachedAt").asText())).isEqualTo(due);
        assertThat(openClock.get("overdue").asBoolean()).isTrue();
        JsonNode alert = first(list(between.get("openAlerts")), a -> a.path("ruleId").asText().equals(INTERVIEW),
                "the breach open at that moment");
        assertThat(alert.get("stage").asText()).isEqualTo("BREACHED");
        assertThat(alert.get("acknowledgedBy").isNull()).isTrue();

        JsonNode after = knownAt(caseId, recorded);
        assertThat(types(after.get("timeline"))).contains("SuspectInterviewed", "SlaClockMet", "SlaClockBreached");
        JsonNode metClock = clockOf(after);
        assertThat(metClock.get("state").asText()).isEqualTo("MET");
        assertThat(Instant.parse(metClock.get("metAt").asText())).isEqualTo(interviewed);
        assertThat(Duration.parse(metClock.get("lateBy").asText())).isZero();
        assertThat(Instant.parse(metClock.get("breachedAt").asText())).as("the breach kept").isEqualTo(due);
        assertThat(types(metClock.get("history"))).containsExactly("SlaClockStarted", "SlaClockBreached", "SlaClockMet");
        assertThat(metClock.get("verdict").asText()).startsWith("met on time at " + interviewed)
                .contains("the breach raised at " + breachRaised + " stands in the history");
        assertThat(list(after.get("openAlerts"))).noneMatch(a -> a.path("ruleId").asText().equals(INTERVIEW));

        JsonNode happened = ada.get("/api/audit/cases/" + caseId + "/as-it-happened").getBody();
        List<String> order = list(happened.get("entries")).stream().filter(LateInterviewReplayIntegrationTest::ofTheInterview)
                .map(e -> e.get("type").asText())
                .filter(type -> List.of("SuspectInterviewed", "SlaClockMet", "SlaClockBreached").contains(type)).toList();
        assertThat(order).as("on the axis of valid time the interview came first").containsExactly(
                "SuspectInterviewed", "SlaClockMet", "SlaClockBreached");
        JsonNode interview = entry(happened, "SuspectInterviewed");
        assertThat(interview.get("late").asBoolean()).isTrue();
        assertThat(Duration.parse(interview.get("recordingLag").asText())).isEqualTo(Duration.between(interviewed, recorded));
        assertThat(entry(happened, "SlaClockBreached").get("note").asText())
                .contains("raised at " + breachRaised).contains("in fact met on time at " + interviewed)
                .contains("recorded only at " + recorded);
    }

    private static JsonNode entry(JsonNode happened, String type) {
        return first(list(happened.get("entries")), e -> e.path("type").asText().equals(type) && ofTheInterview(e), type);
    }

    /** The interview itself, or an event of its clock. */
    private static boolean ofTheInterview(JsonNode entry) {
        return entry.path("type").asText().equals("SuspectInterviewed")
                || entry.path("facts").path("ruleId").asText().equals(INTERVIEW);
    }
}
