package io.harmsway.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.sla.api.SlaJobs;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.instant;
import static io.harmsway.ops.support.Json.list;
import static io.harmsway.ops.support.Json.present;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The core path over real HTTP and PostgreSQL: action → event → timeline → clock → breach → alert. */
class CorePathIntegrationTest extends IntegrationTestBase {

    static final String INTERVIEW = "suspect-interview";

    @Test
    void timelineShowsEachActionWithWhoAndWhen() {
        Instant referred = clock.instant().minus(Duration.ofHours(5));
        String caseId = ivy.openCase("MEDIUM", referred);
        String suspectId = ivy.identifySuspect(caseId, referred.plus(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(2));

        List<JsonNode> timeline = awaitTimeline(caseId, 3);

        assertThat(timeline).extracting(entry -> entry.get("type").asText())
                .containsExactly("ReferralReceived", "SuspectIdentified", "SlaClockStarted");
        JsonNode referral = timeline.get(0);
        assertThat(referral.get("recordedBy").asText()).isEqualTo("ivy");
        assertThat(Instant.parse(referral.get("occurredAt").asText())).isEqualTo(referred);
        assertThat(Instant.parse(referral.get("recordedAt").asText())).isEqualTo(referred.plus(Duration.ofHours(5)));
        assertThat(referral.get("title").asText()).contains("Sexual abuse", "aged 9", "risk medium");
        assertThat(timeline.get(1).get("facts").get("suspectId").asText()).isEqualTo(suspectId);
        JsonNode clockStarted = timeline.get(2);
        assertThat(clockStarted.get("recordedBy").asText()).isEqualTo("system:sla");
        // Calendar days are counted in London time: across a change to summer time the UTC hour moves.
        assertThat(Instant.parse(clockStarted.get("facts").get("dueAt").asText())).isEqualTo(
                referred.plus(Duration.ofHours(1)).atZone(ZoneId.of("Europe/London")).plusDays(14).toInstant());
    }

    @Test
    void concurrentSweepsRaiseOneBreachThatReachesTheTeamAndTheTimeline() throws Exception {
        Instant identified = clock.instant().minus(Duration.ofHours(1));
        String caseId = ivy.openCase("HIGH", identified.minus(Duration.ofHours(1)));
        String suspectId = ivy.identifySuspect(caseId, identified);
        awaitTimeline(caseId, 3);

        clock.advance(Duration.ofDays(8));
        CyclicBarrier bothReady = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sweepWhenBothReady(bothReady));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sweepWhenBothReady(bothReady));

        int raised = first.get() + second.get();

        assertThat(raised).isGreaterThanOrEqualTo(1);
        assertThat(events.count(caseId, "SlaClockBreached", INTERVIEW)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(alertsFor(caseId)).hasSize(1));
        JsonNode alert = alertsFor(caseId).get(0);
        assertThat(alert.get("riskGrade").asText()).isEqualTo("HIGH");
        assertThat(alert.get("subjectId").asText()).isEqualTo(suspectId);
        assertThat(Instant.parse(alert.get("dueAt").asText())).isEqualTo(identified.plus(Duration.ofDays(7)));
        List<JsonNode> timeline = awaitTimeline(caseId, 4);
        assertThat(timeline.get(3).get("type").asText()).isEqualTo("SlaClockBreached");
        assertThat(timeline.get(3).get("title").asText()).startsWith("DEADLINE MISSED");

        Instant interviewed = clock.instant();
        ResponseEntity<JsonNode> interview = ivy.post("/api/cases/" + caseId + "/suspects/" + suspectId + "/interviews",
                "{\"underCaution\": true, \"occurredAt\": \"" + interviewed + "\"}");

        assertThat(interview.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // A day after the breach, nobody having acknowledged it, it went up to the detective inspector.
        List<JsonNode> after = awaitTimeline(caseId, 7);
        assertThat(after).extracting(entry -> entry.get("type").asText()).containsExactly("ReferralReceived",
                "SuspectIdentified", "SlaClockStarted", "SlaClockBreached", "SlaClockEscalated", "SuspectInterviewed",
                "SlaClockMet");
        JsonNode met = after.get(6);
        assertThat(met.get("type").asText()).isEqualTo("SlaClockMet");
        Duration lateBy = Duration.between(identified.plus(Duration.ofDays(7)), interviewed);
        assertThat(met.get("facts").get("lateBy").asText()).isEqualTo(lateBy.toString());
        assertThat(met.get("title").asText()).contains("late by 1d 1h");
        await().untilAsserted(() -> assertThat(alertsFor(caseId)).isEmpty());
    }

    @Test
    void interviewBeforeTheDeadlineStopsTheClockWithoutBreach() {
        Instant identified = clock.instant().minus(Duration.ofHours(1));
        String caseId = ivy.openCase("STANDARD", identified);
        String suspectId = ivy.identifySuspect(caseId, identified);
        clock.advance(Duration.ofDays(3));

        ivy.post("/api/cases/" + caseId + "/suspects/" + suspectId + "/interviews",
                "{\"underCaution\": false, \"occurredAt\": \"" + clock.instant() + "\"}");
        List<JsonNode> timeline = awaitTimeline(caseId, 5);
        clock.advance(Duration.ofDays(60));
        sweep.sweepDue();

        assertThat(timeline.get(4).get("title").asText()).startsWith("Deadline met on time");
        assertThat(events.count(caseId, "SlaClockBreached", INTERVIEW)).isZero();
    }

    @Test
    void quartzRunsTheSweepThatRaisesTheBreach() throws Exception {
        Instant identified = clock.instant().minus(Duration.ofMinutes(10));
        String caseId = ivy.openCase("HIGH", identified);
        ivy.identifySuspect(caseId, identified);
        awaitTimeline(caseId, 3);
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        scheduler.triggerJob(JobKey.jobKey(SlaJobs.SWEEP, SlaJobs.GROUP));

        await().untilAsserted(() -> assertThat(events.count(caseId, "SlaClockBreached", INTERVIEW)).isEqualTo(1));
        await().untilAsserted(() -> assertThat(alertsFor(caseId)).hasSize(1));
    }

    @Test
    void caseListShowsOpenClocksAndTheMostOverdue() {
        Instant identified = clock.instant().minus(Duration.ofHours(3));
        String caseId = ivy.openCase("HIGH", identified);
        ivy.identifySuspect(caseId, identified);
        ivy.identifySuspect(caseId, identified.plus(Duration.ofHours(1)));

        await().untilAsserted(() -> {
            List<JsonNode> open = list(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                    .filter(clock -> clock.path("state").asText().equals("OPEN")).toList();
            assertThat(open.stream().filter(clock -> clock.path("ruleId").asText().equals(INTERVIEW))).hasSize(2);
            Instant earliestDue = present(open.stream().map(clock -> instant(clock, "dueAt"))
                    .min(Instant::compareTo), "an open clock");
            JsonNode summary = caseSummary(caseId);
            assertThat(summary.path("openClocks").asInt()).isEqualTo(open.size());
            assertThat(instant(summary, "mostOverdueDueAt")).isEqualTo(earliestDue);
            assertThat(summary.path("team").asText()).isEqualTo("north");
            assertThat(summary.path("riskGrade").asText()).isEqualTo("HIGH");
        });
    }

    private Integer sweepWhenBothReady(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sweep.sweepDue();
    }

    private List<JsonNode> awaitTimeline(String caseId, int entries) {
        await().untilAsserted(() -> assertThat(timeline(caseId)).hasSizeGreaterThanOrEqualTo(entries));
        return timeline(caseId);
    }

    /** The case's own entries and those of its suspect-interview clocks (other rules' clocks run too). */
    private List<JsonNode> timeline(String caseId) {
        return list(ivy.get("/api/cases/" + caseId + "/timeline").getBody()).stream()
                .filter(entry -> !entry.path("type").asText().startsWith("SlaClock")
                        || INTERVIEW.equals(entry.path("facts").path("ruleId").asText()))
                .toList();
    }

    private List<JsonNode> alertsFor(String caseId) {
        return list(sam.get("/api/teams/north/alerts").getBody()).stream()
                .filter(alert -> alert.path("caseId").asText().equals(caseId))
                .filter(alert -> alert.path("ruleId").asText().equals(INTERVIEW)).toList();
    }

    private JsonNode caseSummary(String caseId) {
        return first(list(sam.get("/api/cases?team=north").getBody()),
                summary -> summary.path("caseId").asText().equals(caseId), "case " + caseId + " in the case list");
    }
}
