package io.harmsway.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Processors;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo tells the truth: straight after it starts (its data recorded, the sweep run once) the
 * north supervisor's inbox holds exactly what a supervisor should act on, and nothing more; the
 * good-practice case and the other cases recorded on time raise nothing anywhere. Other tests'
 * cases share the database, so the inboxes are read for the demo's own cases.
 */
class DemoDataIntegrationTest extends IntegrationTestBase {

    static final String GRANDSON = demoCase(1);
    static final String ECZEMA = demoCase(2);
    static final String GOOD_PRACTICE = demoCase(3);
    static final String GROOMING = demoCase(4);
    static final List<String> DEMO_CASES = IntStream.rangeClosed(1, 6).mapToObj(DemoDataIntegrationTest::demoCase).toList();


    @Test
    void theNorthInboxHoldsOnlyWhatASupervisorShouldActOnAndGoodPracticeShowsNothing() {
        DemoData demo = new DemoData(commands, jdbc, clock);
        demo.run(null);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry where type is not null", Long.class);
        demo.run(null);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where type is not null", Long.class))
                .as("the demo records each case once").isEqualTo(events);
        // The keeper takes the demo's events in its own time, behind the whole suite's when the suite runs:
        // a sweep ahead of it would judge a clock whose meeting it has not read yet. So the sweeps start once
        // the keeper has read every demo event, and run until they have raised what is due.
        long demoHead = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        StreamingEventProcessor keeper = processing.eventProcessor("sla-clocks", StreamingEventProcessor.class)
                .orElseThrow();
        await().until(() -> Processors.reached(keeper, demoHead));
        await().untilAsserted(() -> {
            sweep.sweepDue();
            assertThat(demoRows(sam.get("/api/teams/north/inbox").getBody().path("cases"))).containsExactly(
                        Map.entry(GRANDSON, List.of("safeguarding-other-children ESCALATED",
                                "suspect-interview ESCALATED")),
                        Map.entry(ECZEMA, List.of("medical-for-sexual-abuse ESCALATED",
                                "doctor-at-strategy-discussion ESCALATED")),
                        Map.entry(GROOMING, List.of("suspect-interview ESCALATED")));
        });
        JsonNode north = sam.get("/api/teams/north/inbox").getBody();
        assertThat(list(north.path("cases"))).filteredOn(row -> DEMO_CASES.contains(row.path("caseId").asText()))
                .allSatisfy(row -> {
                    assertThat(row.path("officer").asText()).isEqualTo("ivy");
                    assertThat(list(row.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sam");
                });
        assertThat(list(ivy.get("/api/my/alerts").getBody()))
                .filteredOn(alert -> DEMO_CASES.contains(alert.path("caseId").asText())).hasSize(5);
        Api sue = Api.as(http, "sue");
        assertThat(demoRows(sue.get("/api/teams/south/inbox").getBody().path("cases"))).isEmpty();
        assertThat(list(sue.get("/api/teams/south/alerts").getBody()))
                .noneMatch(alert -> DEMO_CASES.contains(alert.path("caseId").asText()));
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry where payload_type similar to '%.SlaClock(Warned|Breached|Escalated)'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""", Long.class, GOOD_PRACTICE))
                .as("the good-practice case raised nothing").isZero();
    }

    /** The demo cases' rows of an inbox, in its order: each case with its alerts as "rule STAGE". */
    private static List<Map.Entry<String, List<String>>> demoRows(JsonNode cases) {
        return list(cases).stream().filter(row -> DEMO_CASES.contains(row.path("caseId").asText()))
                .map(row -> Map.entry(row.path("caseId").asText(), list(row.path("alerts")).stream()
                        .map(alert -> alert.path("ruleId").asText() + " " + alert.path("stage").asText()).toList()))
                .toList();
    }

    private static String demoCase(int number) {
        return UUID.nameUUIDFromBytes(("harmsway-demo-case-" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
