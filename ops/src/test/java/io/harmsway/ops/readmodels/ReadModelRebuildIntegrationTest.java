package io.harmsway.ops.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.EventStore;
import io.harmsway.ops.support.EventStore.CaseEventRow;
import io.harmsway.ops.support.IntegrationTest;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.ops.support.StoreHead;
import io.harmsway.query.ReadModels;
import io.harmsway.ops.support.CaughtUpSweep;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each read model, dropped and rebuilt from the event store of the running application, gives the
 * rows it had, and the other read models are not touched meanwhile. The case history is recorded
 * over HTTP and swept, so it holds clock events (started, warned, paused, resumed, breached,
 * escalated, acknowledged, met) among the officers' records, as in production.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelRebuildIntegrationTest {

    private static final String INTERVIEW = "suspect-interview";
    /** Renumbered by a rebuild, and read only to break ties that the event's store position already breaks. */
    private static final Set<String> ROW_NUMBERS = Set.of("entry_no");
    /** PostgreSQL's row version: a row written again has a new one. */
    private static final String ROW_VERSION = "row_version";

    @Autowired
    TestRestTemplate http;
    @Autowired
    MutableClock clock;
    @Autowired
    CaughtUpSweep sweep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventProcessingConfiguration processing;

    private String caseId;

    @BeforeAll
    void recordACaseWithItsClocksOverHttp() {
        Api ivy = Api.as(http, "ivy");
        Api sam = Api.as(http, "sam");
        Instant start = clock.instant();
        caseId = ivy.openCase("HIGH", start.minus(Duration.ofDays(4)));
        String suspectId = ivy.identifySuspect(caseId, start.minus(Duration.ofHours(1)));
        String clockId = awaitClockId(ivy, suspectId);
        accepted(ivy.post(path("/risk-assessments"), """
                {"riskGrade": "MEDIUM", "rationale": "the suspect moved out", "occurredAt": "%s"}""".formatted(start)));
        // The sweep must judge the clock by the new risk: 14 days instead of 7, so day 8 is a warning.
        await().untilAsserted(() -> assertThat(clockOf(ivy, suspectId).path("riskGrade").asText()).isEqualTo("MEDIUM"));

        clock.advance(Duration.ofDays(8));
        sweep.sweepDue();
        accepted(ivy.post("/api/sla/clocks/" + clockId + "/pause", Api.clockAction("the suspect is abroad", clock.instant())));
        clock.advance(Duration.ofDays(1));
        accepted(ivy.post("/api/sla/clocks/" + clockId + "/resume", Api.clockAction("the suspect is back", clock.instant())));
        accepted(ivy.post(path("/notes"), """
                {"text": "home visit", "occurredAt": "%s"}""".formatted(clock.instant().minus(Duration.ofDays(4)))));
        String noteId = awaitEntryId(ivy, "NoteAdded");
        accepted(ivy.post(path("/corrections"), """
                {"correctedEventId": "%s", "correctedValues": {"occurredAt": "%s"}, "reason": "the visit was a day earlier"}"""
                .formatted(noteId, clock.instant().minus(Duration.ofDays(5)))));

        clock.advance(Duration.ofDays(10));
        sweep.sweepDue();
        clock.advance(Duration.ofDays(2));
        sweep.sweepDue();
        accepted(sam.post("/api/sla/clocks/" + clockId + "/acknowledgement", "{\"note\": \"interview on Thursday\"}"));
        accepted(ivy.post(path("/transfers"), """
                {"toTeam": "south", "toOfficer": "ian", "occurredAt": "%s"}""".formatted(clock.instant())));
        accepted(Api.as(http, "ian").post(path("/suspects/" + suspectId + "/interviews"),
                "{\"underCaution\": true, \"occurredAt\": \"" + clock.instant() + "\"}"));
        recordAnEventThatCommitsAfterALaterOne(Api.as(http, "ian"));
        awaitEveryProcessorAtTheHeadOfTheStore();

        assertThat(jdbc.queryForList("select type from timeline_entry where case_id = ?", String.class, caseId))
                .contains("SlaClockWarned", "SlaClockPaused", "SlaClockResumed", "SlaClockBreached",
                        "SlaClockEscalated", "SlaClockAcknowledged", "SlaClockMet", "EntryCorrected");
        assertThat(jdbc.queryForObject("select clocks_ever_breached from case_summary where case_id = ?", Integer.class,
                caseId)).as("the interview clock, met late, still counts as breached")
                .isGreaterThan(jdbc.queryForObject("select count(*) from case_open_clock where case_id = ? and breached",
                        Integer.class, caseId));
        assertThat(ReadModelTables.all()).allSatisfy(table -> assertThat(jdbc.queryForObject(
                "select count(*) from " + table + " where case_id = ?", Long.class, caseId)).as(table).isPositive());
        assertEveryTimelineEntryHoldsItsEventsOwnGlobalIndex();
    }

    /**
     * A direct write whose transaction is still open while the officer's next note is appended and
     * projected: it holds the lower global index, and the processors meet it later, as a gap filled,
     * which concurrent appends (a processor's batch publishing clock events beside a request) make in
     * production too.
     */
    private void recordAnEventThatCommitsAfterALaterOne(Api officer) {
        String lateCase = UUID.randomUUID().toString();
        Instant referred = clock.instant();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            new EventStore(new JdbcTemplate(new SingleConnectionDataSource(open, true))).append(new CaseEventRow(
                    lateCase, 0, "io.harmsway.cases.api.ReferralReceived", "1", """
                    {"caseId": "%s", "team": "north", "childId": "child-2", "childAgeYears": 6,
                     "allegation": "NEGLECT", "riskGrade": "MEDIUM", "reportedVia": "phone call",
                     "reportedBy": "health visitor", "physicalSymptoms": false, "occurredAt": "%s"}"""
                    .formatted(lateCase, referred.minus(Duration.ofHours(1))), referred));
            accepted(officer.post(path("/notes"), """
                    {"text": "the school nurse called", "occurredAt": "%s"}""".formatted(clock.instant())));
            awaitEveryProcessorAtTheHeadOfTheStore();
            open.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the late event", e);
        }
        // The referral's own entry (its clocks follow it into the timeline in their own time).
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from timeline_entry where case_id = ? and type = 'ReferralReceived'", Long.class,
                lateCase)).isOne());
    }

    @ParameterizedTest
    @ValueSource(strings = {ReadModels.TIMELINE, ReadModels.CASE_LIST, ReadModels.ALERTS, ReadModels.BREACH_HISTORY})
    void aReadModelRebuiltFromTheStoreGivesTheSameRowsAndLeavesTheOthersAlone(String group) {
        // Each read of a case appends its CaseRead, which every processor then passes: read first,
        // and the other processors' positions are compared before the answers are read again.
        Map<String, JsonNode> answersBefore = answers();
        awaitEveryProcessorAtTheHeadOfTheStore();
        Map<String, List<Map<String, Object>>> before = rows(ReadModelTables.all());
        Map<String, Long> otherTokens = positionsOfProcessorsOtherThan(group);

        StreamingEventProcessor processor = processor(group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitEveryProcessorAtTheHeadOfTheStore();

        Map<String, List<Map<String, Object>>> after = rows(ReadModelTables.all());
        for (String table : ReadModelTables.BY_GROUP.get(group)) {
            assertThat(differences(withoutRowVersions(before.get(table)), withoutRowVersions(after.get(table))))
                    .as(table + " rebuilt: the rows that differ").isEmpty();
            assertThat(withoutRowVersions(after.get(table))).as(table + " rebuilt")
                    .isEqualTo(withoutRowVersions(before.get(table)));
            assertThat(versions(after.get(table))).as(table + " written again").doesNotContainAnyElementsOf(
                    versions(before.get(table)));
        }
        for (String table : ReadModelTables.ofOtherGroupsThan(group)) {
            assertThat(after.get(table)).as(table + " untouched").isEqualTo(before.get(table));
        }
        assertThat(positionsOfProcessorsOtherThan(group)).isEqualTo(otherTokens);
        assertThat(answers()).isEqualTo(answersBefore);
        assertEveryTimelineEntryHoldsItsEventsOwnGlobalIndex();
    }

    /**
     * Live, an event whose append committed after a later-numbered one reaches the processor as the
     * filler of a gap, and its tracking token's position is the highest seen, not its own; on
     * replay there are no gaps. Only the event's own index is the same both ways.
     */
    private void assertEveryTimelineEntryHoldsItsEventsOwnGlobalIndex() {
        assertThat(jdbc.queryForList("""
                select t.event_id, t.type, t.global_index as stored, e.global_index as own
                from timeline_entry t left join domain_event_entry e on e.event_identifier = t.event_id
                where t.global_index is distinct from e.global_index""")).isEmpty();
    }

    /** What the users see of the case: its timeline, the case list, the team's alerts, inbox and dashboard, the officer's inbox. */
    private Map<String, JsonNode> answers() {
        Api ian = Api.as(http, "ian");
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String read : List.of(path("/timeline"), "/api/cases?team=south", "/api/my/alerts")) {
            answers.put(read, ian.get(read).getBody());
        }
        for (String read : List.of("/api/teams/south/alerts", "/api/teams/south/inbox")) {
            answers.put(read, Api.as(http, "sue").get(read).getBody());
        }
        answers.put("/api/teams/south/dashboard", breachFigures(Api.as(http, "sue").get("/api/teams/south/dashboard").getBody()));
        // The breach happened while north held the case: it stays in north's history.
        answers.put("/api/teams/north/dashboard", breachFigures(Api.as(http, "sam").get("/api/teams/north/dashboard").getBody()));
        return answers;
    }

    /**
     * A dashboard's breach figures. Its workload counts every open clock of the team, other tests'
     * cases in the shared database included, which their own clocks still move; the case list's rows
     * behind it are compared table by table above.
     */
    private static JsonNode breachFigures(JsonNode dashboard) {
        JsonNode figures = dashboard.deepCopy();
        ((ObjectNode) figures).remove("workload");
        return figures;
    }


    private void awaitEveryProcessorAtTheHeadOfTheStore() {
        new StoreHead(processing, jdbc).awaitEveryProcessor(ReadModels.TIMELINE, ReadModels.CASE_LIST, ReadModels.ALERTS,
                ReadModels.BREACH_HISTORY, "sla-clocks");
    }

    private Map<String, Long> positionsOfProcessorsOtherThan(String excluded) {
        return new StoreHead(processing, jdbc).positionsOfProcessorsOtherThan(excluded);
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no streaming processor " + group));
    }

    private Map<String, List<Map<String, Object>>> rows(List<String> tables) {
        return tables.stream().collect(Collectors.toMap(Function.identity(), table -> jdbc.queryForList(
                "select xmin::text as " + ROW_VERSION + ", t.* from " + table + " t order by "
                        + ReadModelTables.KEYS.get(table)).stream().map(ReadModelRebuildIntegrationTest::withoutRowNumbers)
                .toList()));
    }

    private static Map<String, Object> withoutRowNumbers(Map<String, Object> row) {
        Map<String, Object> kept = new LinkedHashMap<>(row);
        kept.keySet().removeAll(ROW_NUMBERS);
        return kept;
    }

    /** The rows, by position, that are not the same before and after (a table's rows are many: the list shows only these). */
    private static List<String> differences(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        List<String> differing = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Map<String, Object> was = i < before.size() ? before.get(i) : null;
            Map<String, Object> is = i < after.size() ? after.get(i) : null;
            if (!java.util.Objects.equals(was, is)) {
                differing.add("row " + i + ": before " + was + ", after " + is);
            }
        }
        return differing.stream().limit(5).toList();
    }

    private static List<Map<String, Object>> withoutRowVersions(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> kept = new LinkedHashMap<>(row);
            kept.remove(ROW_VERSION);
            return kept;
        }).toList();
    }

    private static List<Object> versions(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get(ROW_VERSION)).toList();
    }

    private String awaitClockId(Api officer, String suspectId) {
        await().untilAsserted(() -> assertThat(clockOf(officer, suspectId).isMissingNode()).isFalse());
        return clockOf(officer, suspectId).get("clockId").asText();
    }

    private JsonNode clockOf(Api officer, String suspectId) {
        return StreamSupport.stream(officer.get("/api/sla/cases/" + caseId + "/clocks").getBody().spliterator(), false)
                .filter(clock -> clock.get("ruleId").asText().equals(INTERVIEW))
                .filter(clock -> clock.get("subjectId").asText().equals(suspectId))
                .findFirst().orElse(MissingNode.getInstance());
    }

    private String awaitEntryId(Api officer, String type) {
        await().untilAsserted(() -> assertThat(entryOf(officer, type)).isNotNull());
        return entryOf(officer, type).get("eventId").asText();
    }

    private JsonNode entryOf(Api officer, String type) {
        return StreamSupport.stream(officer.get(path("/timeline")).getBody().spliterator(), false)
                .filter(entry -> entry.get("type").asText().equals(type)).findFirst().orElse(null);
    }

    private String path(String action) {
        return "/api/cases/" + caseId + action;
    }

    private static void accepted(org.springframework.http.ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(response.toString()).isIn(HttpStatus.NO_CONTENT, HttpStatus.CREATED,
                HttpStatus.OK);
    }
}
