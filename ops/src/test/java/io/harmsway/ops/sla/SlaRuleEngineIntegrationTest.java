package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.cases.api.BailSuspect;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.ReferToCps;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.instant;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The rule engine over real HTTP and PostgreSQL, with the clock moved by the test and the sweep run by hand. */
class SlaRuleEngineIntegrationTest extends IntegrationTestBase {

    static final String INTERVIEW = "suspect-interview";

    SlaSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = new SlaSteps(commands, ivy, sam);
    }

    @Test
    void anyUserReadsTheCatalogueWithSourcesDeadlinesAndEscalation() {
        ResponseEntity<JsonNode> rules = ivy.get("/api/sla/rules");

        assertThat(rules.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode interview = first(list(rules.getBody()), rule -> rule.path("id").asText().equals(INTERVIEW),
                "rule " + INTERVIEW);
        assertThat(interview.get("inForce").asBoolean()).isTrue();
        assertThat(interview.get("sourceKind").asText()).isEqualTo("INSPECTION_FINDING");
        assertThat(interview.get("source").asText()).contains("three months");
        assertThat(interview.get("subject").asText()).isEqualTo("SUSPECT");
        assertThat(interview.get("start").get(0).asText()).isEqualTo("SuspectIdentified");
        assertThat(interview.get("deadline").get("HIGH").asInt()).isEqualTo(7);
        assertThat(interview.get("deadlineUnit").asText()).isEqualTo("CALENDAR_DAYS");
        assertThat(interview.get("escalation").get(0).asText()).isEqualTo("detective inspector after PT24H");
        assertThat(list(rules.getBody())).extracting(rule -> rule.get("id").asText())
                .contains("initial-child-protection-conference", "pre-charge-bail", "medical-for-sexual-abuse");
        assertThat(Api.anonymous(http).get("/api/sla/rules").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Api.as(http, "ada").get("/api/sla/rules").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void warnsBreachesAndEscalatesUntilASupervisorAcknowledgesWithAPlan() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("HIGH", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        String clockId = steps.awaitClock(caseId, INTERVIEW, suspectId).get("clockId").asText();

        clock.advance(Duration.ofHours(84));
        sweep.sweepDue();
        assertThat(events.count(caseId, "SlaClockWarned", INTERVIEW)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(steps.alert("north", clockId).path("stage").asText()).isEqualTo("WARNING"));
        JsonNode warning = steps.alert("north", clockId);
        assertThat(warning.path("notifyRole").asText()).isEqualTo("investigator");
        assertThat(warning.path("officer").asText()).isEqualTo("ivy");
        assertThat(warning.path("warningFraction").asDouble()).isEqualTo(0.5);

        clock.advance(Duration.ofHours(42));
        sweep.sweepDue();
        assertThat(events.count(caseId, "SlaClockWarned", INTERVIEW)).isEqualTo(2);
        clock.advance(Duration.ofHours(42));
        sweep.sweepDue();
        assertThat(events.count(caseId, "SlaClockBreached", INTERVIEW)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(steps.alert("north", clockId).path("stage").asText()).isEqualTo("BREACHED"));

        assertThat(ivy.post("/api/sla/clocks/" + clockId + "/acknowledgement", "{\"note\": \"will do\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long before = events.count();
        ResponseEntity<JsonNode> noPlan = sam.post("/api/sla/clocks/" + clockId + "/acknowledgement", "{\"note\": \" \"}");
        assertThat(noPlan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPlan.getBody().get("errors").get(0).get("field").asText()).isEqualTo("note");
        assertThat(events.count()).isEqualTo(before);

        clock.advance(Duration.ofHours(24));
        sweep.sweepDue();
        sweep.sweepDue();
        assertThat(events.count(caseId, "SlaClockEscalated", INTERVIEW)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(steps.alert("north", clockId).path("stage").asText()).isEqualTo("ESCALATED"));
        assertThat(steps.alert("north", clockId).path("escalatedTo").asText()).isEqualTo("detective inspector");

        ResponseEntity<JsonNode> acknowledged = sam.post("/api/sla/clocks/" + clockId + "/acknowledgement",
                "{\"note\": \"DC Smith interviews the suspect on Thursday\"}");
        assertThat(acknowledged.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(sam.post("/api/sla/clocks/" + clockId + "/acknowledgement", "{\"note\": \"again\"}").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        clock.advance(Duration.ofDays(10));
        sweep.sweepDue();
        assertThat(events.count(caseId, "SlaClockEscalated", INTERVIEW)).isEqualTo(1);
        assertThat(steps.clock(caseId, INTERVIEW, suspectId).path("state").asText()).isEqualTo("OPEN");
        await().untilAsserted(() -> {
            JsonNode alert = steps.alert("north", clockId);
            assertThat(alert.path("acknowledgedBy").asText()).isEqualTo("sam");
            assertThat(alert.path("acknowledgement").asText()).contains("Thursday");
        });
        await().untilAsserted(() -> assertThat(steps.titles(caseId)).anyMatch(t -> t.startsWith("Warning to the investigator: 50%"))
                .anyMatch(t -> t.startsWith("ESCALATED to the detective inspector"))
                .anyMatch(t -> t.startsWith("Breach acknowledged by sam")));
    }

    @Test
    void afterAnOutageTheBreachAndOnlyTheEscalationDueNowReachTheInbox() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("HIGH", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        String clockId = steps.awaitClock(caseId, INTERVIEW, suspectId).get("clockId").asText();

        clock.advance(Duration.ofDays(10).plusHours(1));
        sweep.sweepDue();

        assertThat(events.count(caseId, "SlaClockBreached", INTERVIEW)).isEqualTo(1);
        assertThat(events.count(caseId, "SlaClockEscalated", INTERVIEW)).isEqualTo(1);
        assertThat(events.count(caseId, "SlaClockWarned", INTERVIEW)).isZero();
        await().untilAsserted(() -> {
            JsonNode alert = steps.alert("north", clockId);
            assertThat(alert.path("stage").asText()).isEqualTo("ESCALATED");
            assertThat(alert.path("escalationLevel").asInt()).isEqualTo(2);
            assertThat(alert.path("escalatedTo").asText()).isEqualTo("detective chief inspector");
        });
    }

    @Test
    void aClockPausesOnlyWithAReasonAndShowsForHowLong() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("HIGH", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        JsonNode running = steps.awaitClock(caseId, INTERVIEW, suspectId);
        String clockId = running.get("clockId").asText();
        long before = events.count();

        ResponseEntity<JsonNode> silent = ivy.post("/api/sla/clocks/" + clockId + "/pause",
                "{\"occurredAt\": \"" + clock.instant() + "\"}");
        assertThat(silent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(silent.getBody().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(ivy.post("/api/sla/clocks/not-a-clock/pause", Api.clockAction("x", clock.instant())).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Api.as(http, "ian").post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("x", clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.as(http, "ada").post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("x", clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ivy.post("/api/sla/clocks/" + clockId + "/resume", Api.clockAction("x", clock.instant())).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(events.count()).isEqualTo(before);

        assertThat(ivy.post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("the suspect is abroad", clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        clock.advance(Duration.ofDays(3));
        sweep.sweepDue();

        await().untilAsserted(() -> {
            JsonNode alert = steps.alert("north", clockId);
            assertThat(alert.path("paused").asBoolean()).isTrue();
            assertThat(alert.path("pauseReason").asText()).isEqualTo("the suspect is abroad");
            assertThat(Duration.parse(alert.path("pausedFor").asText())).isEqualTo(Duration.ofDays(3));
        });
        assertThat(events.count(caseId, "SlaClockWarned", INTERVIEW)).isZero();

        assertThat(ivy.post("/api/sla/clocks/" + clockId + "/resume", Api.clockAction("the suspect is back", clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode resumed = steps.clock(caseId, INTERVIEW, suspectId);
        assertThat(instant(resumed, "dueAt")).isEqualTo(instant(running, "dueAt").plus(Duration.ofDays(3)));
        assertThat(Duration.parse(resumed.get("pausedFor").asText())).isEqualTo(Duration.ofDays(3));
        await().untilAsserted(() -> assertThat(steps.titles(caseId))
                .anyMatch(t -> t.startsWith("Clock paused: suspect-interview (" + suspectId + "), because the suspect is abroad"))
                .anyMatch(t -> t.startsWith("Clock resumed after 3d 0h paused")));
        await().untilAsserted(() -> assertThat(steps.alert("north", clockId).isMissingNode()).isTrue());
    }

    @Test
    void aReassessedRiskMovesTheDueDatesOfOpenClocksOnRecord() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("STANDARD", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        JsonNode standard = steps.awaitClock(caseId, INTERVIEW, suspectId);

        steps.record("ivy", new RecordRiskAssessment(caseId, RiskGrade.HIGH, "the suspect lives with the child", start));

        await().untilAsserted(() -> assertThat(events.count(caseId, "SlaClockDueDateChanged", INTERVIEW)).isEqualTo(1));
        JsonNode high = steps.clock(caseId, INTERVIEW, suspectId);
        assertThat(instant(high, "dueAt")).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(instant(high, "dueAt")).isBefore(instant(standard, "dueAt"));
        assertThat(high.get("riskGrade").asText()).isEqualTo("HIGH");
        await().untilAsserted(() -> assertThat(steps.titles(caseId))
                .anyMatch(t -> t.startsWith("Due date changed: suspect-interview") && t.contains("from STANDARD to HIGH")));
    }

    @Test
    void theBailClockPausesWhileTheCpsDecidesAndStopsAtTheDecision() {
        Instant start = clock.instant().minus(Duration.ofDays(20));
        String caseId = ivy.openCase("MEDIUM", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        steps.record("ivy", new RecordSuspectArrest(caseId, suspectId, start.plus(Duration.ofDays(1))));
        steps.record("ivy", new BailSuspect(caseId, suspectId, start.plus(Duration.ofDays(80)), start.plus(Duration.ofDays(1))));
        steps.awaitClock(caseId, "pre-charge-bail", suspectId);

        steps.record("ivy", new ReferToCps(caseId, suspectId, start.plus(Duration.ofDays(10))));
        await().untilAsserted(() -> assertThat(steps.clock(caseId, "pre-charge-bail", suspectId).path("pauseReason").asText())
                .isEqualTo("the CPS is deciding on charge"));

        steps.record("ivy", new RecordChargingDecision(caseId, suspectId, ChargingOutcome.CHARGED, null,
                start.plus(Duration.ofDays(15))));
        await().untilAsserted(() -> assertThat(steps.clock(caseId, "pre-charge-bail", suspectId).path("state").asText())
                .isEqualTo("MET"));
        assertThat(events.count(caseId, "SlaClockPaused", "pre-charge-bail")).isEqualTo(1);
        assertThat(events.count(caseId, "SlaClockStarted", "victim-update")).isEqualTo(1);
    }

    @Test
    void aCorrectedTimeOfTheStartingActionMovesTheClock() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("HIGH", start.minus(Duration.ofDays(3)));
        String suspectId = ivy.identifySuspect(caseId, start);
        steps.awaitClock(caseId, INTERVIEW, suspectId);
        // From the store itself: the clock (one processor) can be ahead of the timeline (another).
        String identifiedEventId = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.SuspectIdentified'""", String.class, caseId);

        steps.record("ivy", new CorrectEntry(caseId, identifiedEventId,
                Map.of("occurredAt", start.minus(Duration.ofDays(2)).toString()), "identified two days earlier"));

        await().untilAsserted(() -> assertThat(instant(steps.clock(caseId, INTERVIEW, suspectId), "dueAt"))
                .isEqualTo(start.plus(Duration.ofDays(5))));
        assertThat(events.count(caseId, "SlaClockDueDateChanged", INTERVIEW)).isEqualTo(1);
    }

    @Test
    void aCorrectedTimeOfTheMeetingActionChangesHowLateTheClockWas() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("HIGH", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        steps.awaitClock(caseId, INTERVIEW, suspectId);
        clock.advance(Duration.ofDays(9));
        ivy.post("/api/cases/" + caseId + "/suspects/" + suspectId + "/interviews",
                "{\"underCaution\": true, \"occurredAt\": \"" + clock.instant() + "\"}");
        await().untilAsserted(() -> assertThat(steps.clock(caseId, INTERVIEW, suspectId).path("state").asText())
                .isEqualTo("MET"));
        String interviewEventId = await().until(() -> steps.timeline(caseId).stream()
                        .filter(entry -> entry.path("type").asText().equals("SuspectInterviewed")).findFirst()
                        .orElse(null), Objects::nonNull).get("eventId").asText();

        steps.record("ivy", new CorrectEntry(caseId, interviewEventId,
                Map.of("occurredAt", start.plus(Duration.ofDays(6)).toString()), "the interview was on day six"));

        await().untilAsserted(() -> assertThat(steps.titles(caseId))
                .anyMatch(t -> t.startsWith("Met time corrected to " + start.plus(Duration.ofDays(6)))
                        && t.endsWith("now on time")));
        assertThat(instant(steps.clock(caseId, INTERVIEW, suspectId), "stoppedAt")).isEqualTo(start.plus(Duration.ofDays(6)));
    }

    @Test
    void aReassessedRiskMovesTheCasesAlertsInTheInbox() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("STANDARD", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        String clockId = steps.awaitClock(caseId, INTERVIEW, suspectId).get("clockId").asText();
        assertThat(ivy.post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("the child is in hospital", clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().untilAsserted(() -> assertThat(steps.alert("north", clockId).path("riskGrade").asText()).isEqualTo("STANDARD"));

        steps.record("ivy", new RecordRiskAssessment(caseId, RiskGrade.HIGH, "new information", start));

        await().untilAsserted(() -> assertThat(steps.alert("north", clockId).path("riskGrade").asText()).isEqualTo("HIGH"));
    }

    @Test
    void aBacktestReportsWhatARuleWouldHaveFlaggedWithoutTouchingLiveClocks() {
        Instant start = clock.instant().minus(Duration.ofDays(10));
        String caseId = ivy.openCase("HIGH", start);
        ivy.identifySuspect(caseId, start);
        steps.awaitClock(caseId, INTERVIEW, "suspect-1");
        long eventsBefore = events.count();
        long clocksBefore = jdbc.queryForObject("select count(*) from sla_clock", Long.class);
        String stricter = """
                id: suspect-interview-in-a-day
                version: 1
                effectiveFrom: 2026-01-01
                title: Suspect interviewed within a day
                purpose: What if every suspect had to be interviewed within a day?
                source: {kind: LOCAL_PRACTICE, citation: "A proposal under discussion"}
                agency: POLICE
                subject: SUSPECT
                start: [SuspectIdentified]
                stop: [SuspectInterviewed]
                deadline: {unit: HOURS, all: 24}
                """;

        ResponseEntity<JsonNode> report = yaml(Api.as(http, "ada"), stricter);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode found = first(list(report.getBody().get("cases")), entry -> entry.path("caseId").asText().equals(caseId),
                "case " + caseId + " in the report");
        JsonNode breach = first(list(found.get("findings")), finding -> finding.path("kind").asText().equals("BREACH"),
                "a breach of case " + caseId);
        assertThat(instant(breach, "at")).isEqualTo(start.plus(Duration.ofHours(24)));
        assertThat(list(found.get("findings")).get(0).get("kind").asText()).isEqualTo("WARNING");
        assertThat(report.getBody().get("eventsRead").asLong()).isGreaterThanOrEqualTo(eventsBefore);
        assertThat(events.count()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("select count(*) from sla_clock", Long.class)).isEqualTo(clocksBefore);

        assertThat(yaml(ivy, stricter).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> malformed = yaml(sam, stricter.replace("[SuspectInterviewed]", "[SuspectQuestioned]"));
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").get(0).get("field").asText()).isEqualTo("stop[0].event");
        assertThat(malformed.getBody().get("errors").get(0).get("problem").asText()).contains("SuspectQuestioned");
        assertThat(yaml(sam, "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(events.count()).isEqualTo(eventsBefore);
    }

    @Test
    void aSweepSetsAFaultyClockAsideRecordsWhyAndCarriesOn() {
        Instant start = clock.instant();
        String caseId = ivy.openCase("HIGH", start);
        String suspectId = ivy.identifySuspect(caseId, start);
        String goodClock = steps.awaitClock(caseId, INTERVIEW, suspectId).get("clockId").asText();
        insertClock(caseId, "retired-rule", "HIGH", start);
        insertClock(caseId, INTERVIEW, "PURPLE", start);

        clock.advance(Duration.ofDays(8));
        sweep.sweepDue();

        assertThat(jdbc.queryForList("select fault from sla_clock where case_id = ? and fault is not null", String.class, caseId))
                .hasSize(2).anyMatch(fault -> fault.contains("retired-rule v1 is not in the catalogue"))
                .anyMatch(fault -> fault.contains("cannot be read"));
        assertThat(events.count(caseId, "SlaClockFaulted")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select breached_at is not null from sla_clock where clock_id = ?::uuid",
                Boolean.class, goodClock)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sla_clock where case_id = ? and fault is not null"
                + " and next_attention_at is not null", Long.class, caseId)).isZero();
    }

    private void insertClock(String caseId, String ruleId, String risk, Instant start) {
        jdbc.update("""
                insert into sla_clock (clock_id, case_id, rule_id, rule_version, subject_id, started_at, due_at, state,
                                       risk_grade, next_attention_at)
                values (gen_random_uuid(), ?, ?, 1, ?, ?, ?, 'OPEN', ?, ?)""",
                caseId, ruleId, "suspect-" + ruleId.length() + risk.length(), java.sql.Timestamp.from(start),
                java.sql.Timestamp.from(start.plus(Duration.ofDays(1))), risk,
                java.sql.Timestamp.from(start.plus(Duration.ofDays(1))));
    }

    private ResponseEntity<JsonNode> yaml(Api user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return user.exchange("/api/sla/backtest", HttpMethod.POST, new HttpEntity<>(body, headers));
    }
}
