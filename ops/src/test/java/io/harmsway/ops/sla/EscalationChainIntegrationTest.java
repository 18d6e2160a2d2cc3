package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The escalation chain as the stored clock events show it: it stops at its last step, the rule's
 * reminders are bounded, a sweep after an outage raises only what is due now, and every warning,
 * breach and escalation names the officer who holds the case when it is raised.
 */
class EscalationChainIntegrationTest extends IntegrationTestBase {

    static final String INTERVIEW = "suspect-interview";
    static final ObjectMapper JSON = new ObjectMapper();

    SlaSteps steps;
    Instant identified;
    String caseId;
    String suspectId;

    @BeforeEach
    void aHighRiskSuspectIsIdentified() {
        steps = new SlaSteps(commands, ivy, sam);
        identified = clock.instant();
        caseId = ivy.openCase("HIGH", identified);
        suspectId = ivy.identifySuspect(caseId, identified);
        steps.awaitClock(caseId, INTERVIEW, suspectId);
    }

    @Test
    void theChainStopsAtItsLastStepAfterThreeRemindersHoweverLongNobodyActs() {
        for (int hour = 0; hour < 24 * 90; hour += 6) {
            clock.advance(Duration.ofHours(6));
            sweep.sweepDue();
        }

        Instant due = instant(steps.clock(caseId, INTERVIEW, suspectId), "dueAt");
        assertThat(clockEvents("SlaClockEscalated")).extracting(this::notice).containsExactly(
                "1/0 detective inspector at " + due.plus(Duration.ofDays(1)),
                "2/0 detective chief inspector at " + due.plus(Duration.ofDays(3)),
                "2/1 detective chief inspector at " + due.plus(Duration.ofDays(5)),
                "2/2 detective chief inspector at " + due.plus(Duration.ofDays(7)),
                "2/3 detective chief inspector at " + due.plus(Duration.ofDays(9)));
        assertThat(clockEvents("SlaClockBreached")).hasSize(1);
    }

    @Test
    void aSweepWeeksAfterAnOutageRaisesTheBreachAndOnlyTheEscalationDueNow() {
        clock.advance(Duration.ofDays(7 + 4).plusHours(1));
        sweep.sweepDue();

        Instant due = instant(steps.clock(caseId, INTERVIEW, suspectId), "dueAt");
        assertThat(clockEvents("SlaClockBreached")).hasSize(1);
        assertThat(clockEvents("SlaClockWarned")).isEmpty();
        assertThat(clockEvents("SlaClockEscalated")).extracting(this::notice)
                .containsExactly("2/0 detective chief inspector at " + due.plus(Duration.ofDays(3)));

        clock.advance(Duration.ofDays(42));
        sweep.sweepDue();
        sweep.sweepDue();

        assertThat(clockEvents("SlaClockEscalated")).extracting(this::notice).containsExactly(
                "2/0 detective chief inspector at " + due.plus(Duration.ofDays(3)),
                "2/3 detective chief inspector at " + due.plus(Duration.ofDays(9)));
    }

    @Test
    void everyAlertNamesTheOfficerWhoHoldsTheCaseAndAfterATransferTheNewOne() {
        clock.advance(Duration.ofDays(4));
        sweep.sweepDue();
        // Seven calendar days in London time: an hour more or less across a change of the clocks.
        Instant due = instant(steps.clock(caseId, INTERVIEW, suspectId), "dueAt");
        clock.advance(Duration.between(clock.instant(), due));
        sweep.sweepDue();
        assertThat(allClockEvents("SlaClockWarned")).isNotEmpty()
                .extracting(event -> event.path("officer").asText()).containsOnly("ivy");
        assertThat(allClockEvents("SlaClockBreached")).hasSizeGreaterThan(1)
                .extracting(event -> event.path("officer").asText()).containsOnly("ivy");
        int escalatedBefore = allClockEvents("SlaClockEscalated").size();

        assertThat(ivy.post("/api/cases/" + caseId + "/transfers", """
                {"toTeam": "south", "toOfficer": "ian", "occurredAt": "%s"}""".formatted(clock.instant()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select officer from sla_case where case_id = ?", String.class, caseId)).isEqualTo("ian"));
        clock.advance(Duration.ofDays(1));
        sweep.sweepDue();

        List<JsonNode> escalated = clockEvents("SlaClockEscalated");
        assertThat(escalated).extracting(event -> event.path("officer").asText()).containsExactly("ian");
        assertThat(escalated).extracting(event -> event.path("notifyRole").asText()).containsExactly("detective inspector");
        List<JsonNode> sinceTheTransfer = allClockEvents("SlaClockEscalated").stream().skip(escalatedBefore).toList();
        assertThat(sinceTheTransfer).extracting(event -> event.path("officer").asText()).containsOnly("ian");
        assertThat(sinceTheTransfer).extracting(event -> event.path("team").asText()).containsOnly("south");
        assertThat(allClockEvents("SlaClockBreached")).extracting(event -> event.path("team").asText())
                .containsOnly("north");
        assertThat(Api.as(http, "ian").get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The suspect-interview clock's events of one type, in the order they were stored. */
    private List<JsonNode> clockEvents(String type) {
        return allClockEvents(type).stream().filter(event -> event.path("ruleId").asText().equals(INTERVIEW)).toList();
    }

    /** The case's clock events of one type, every rule's, in the order they were stored. */
    private List<JsonNode> allClockEvents(String type) {
        return jdbc.query("""
                select payload from domain_event_entry
                where payload_type like ? and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?
                order by global_index""", (rs, row) -> read(rs.getBytes("payload")), "%." + type, caseId);
    }

    private String notice(JsonNode escalated) {
        return escalated.path("level").asInt() + "/" + escalated.path("reminder").asInt() + " "
                + escalated.path("notifyRole").asText() + " at " + escalated.path("occurredAt").asText();
    }

    private static JsonNode read(byte[] payload) {
        try {
            return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
