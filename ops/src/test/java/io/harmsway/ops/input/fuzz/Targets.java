package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.CaughtUpSweep;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Prepares a fresh case of team north for each endpoint, so that what one endpoint's accepted
 * requests do (a closure, an elimination) leaves every other endpoint's case as it was. The case
 * has what the endpoint's path names: its child, a suspect on bail, a forensic submission awaiting
 * its result; for a clock action, the clock in the state the action needs: running to pause,
 * paused to resume, breached to acknowledge.
 */
final class Targets {

    static final String CHILD = "child-1";
    static final String SUSPECT = "suspect-1";
    static final String SUBMISSION = "DF-1";
    /** The case's first clock, started by the referral itself, due a working day later. */
    private static final String CLOCK_RULE = "referral-decision";

    private final Api ivy;
    private final Api sam;
    private final Api ada;
    private final JdbcTemplate jdbc;
    private final CaughtUpSweep sweep;
    private final Instant now;

    Targets(Api ivy, Api sam, Api ada, JdbcTemplate jdbc, CaughtUpSweep sweep, Instant now) {
        this.ivy = ivy;
        this.sam = sam;
        this.ada = ada;
        this.jdbc = jdbc;
        this.sweep = sweep;
        this.now = now;
    }

    Target prepare(ActionEndpoint endpoint) {
        if (endpoint.variables().isEmpty()) {
            return new Target(endpoint, "ivy", ivy, null, null, null, Map.of());
        }
        return endpoint.onClock() ? clockTarget(endpoint) : caseTarget(endpoint);
    }

    private Target caseTarget(ActionEndpoint endpoint) {
        Instant before = now.minus(Duration.ofDays(1));
        String caseId = ivy.openCase("HIGH", now.minus(Duration.ofDays(2)));
        if (endpoint.variables().contains("suspectId")) {
            ivy.identifySuspect(caseId, before);
            recorded(ivy, "/api/cases/" + caseId + "/suspects/" + SUSPECT + "/bail",
                    "{\"bailEndsAt\": \"" + now.plus(Duration.ofDays(30)) + "\", \"occurredAt\": \"" + before + "\"}");
        }
        if (endpoint.variables().contains("submissionReference")) {
            recorded(ivy, "/api/cases/" + caseId + "/forensic-submissions",
                    "{\"submissionReference\": \"" + SUBMISSION + "\", \"occurredAt\": \"" + before + "\"}");
        }
        Map<String, String> values = Map.of("caseId", caseId, "childId", CHILD, "suspectId", SUSPECT,
                "submissionReference", SUBMISSION);
        // Grading a case file is an auditor's; every other action on a case, the investigator's.
        boolean grading = endpoint.action().equals("gradings");
        return new Target(endpoint, grading ? "ada" : "ivy", grading ? ada : ivy, caseId, null, referralOf(caseId),
                known(endpoint, values));
    }

    private Target clockTarget(ActionEndpoint endpoint) {
        boolean breach = endpoint.action().equals("acknowledgement");
        // The clock starts before the valid bodies' time (an hour ago), and a resumption's pause before that too.
        String caseId = ivy.openCase("HIGH", now.minus(breach ? Duration.ofDays(10) : Duration.ofHours(2)));
        String clockId = awaitClock(caseId);
        switch (endpoint.action()) {
            case "pause" -> { }
            case "resume" -> recorded(ivy, "/api/sla/clocks/" + clockId + "/pause",
                    Api.clockAction("the family is abroad", now.minus(Duration.ofMinutes(90))));
            case "acknowledgement" -> {
                sweep.sweepDue();
                await().untilAsserted(() -> assertThat(clockOf(caseId).path("breachedAt").isTextual()).isTrue());
            }
            default -> throw new IllegalStateException("the fuzzer knows no clock action '" + endpoint.action() + "'");
        }
        // Acknowledging a breach is a supervisor's; pausing and resuming, the investigator's.
        Api sender = breach ? sam : ivy;
        return new Target(endpoint, breach ? "sam" : "ivy", sender, caseId, clockId, referralOf(caseId),
                known(endpoint, Map.of("clockId", clockId)));
    }

    private String awaitClock(String caseId) {
        await().untilAsserted(() -> assertThat(clockOf(caseId).path("clockId").isTextual()).isTrue());
        return clockOf(caseId).path("clockId").asText();
    }

    private JsonNode clockOf(String caseId) {
        return first(list(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()),
                clock -> clock.path("ruleId").asText().equals(CLOCK_RULE), CLOCK_RULE + " clock of case " + caseId);
    }

    private String referralOf(String caseId) {
        return jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.ReferralReceived'""", String.class, caseId);
    }

    /** A new path variable must be given its value here, not be fuzzed with a guess. */
    private static Map<String, String> known(ActionEndpoint endpoint, Map<String, String> values) {
        for (String variable : endpoint.variables()) {
            if (!values.containsKey(variable)) {
                throw new IllegalStateException("the fuzzer knows no value for {" + variable + "} of " + endpoint);
            }
        }
        return Map.copyOf(values);
    }

    private static void recorded(Api officer, String path, String body) {
        assertThat(officer.post(path, body).getStatusCode().is2xxSuccessful()).as(path).isTrue();
    }
}
