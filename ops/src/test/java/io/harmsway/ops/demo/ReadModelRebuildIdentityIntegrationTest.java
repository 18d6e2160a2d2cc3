package io.harmsway.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.query.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read model rebuilt from the store beside the served copy and swapped in holds exactly the rows
 * the live processors built, row for row in every table; and the processors carry on from there.
 */
class ReadModelRebuildIdentityIntegrationTest extends IntegrationTestBase {


    @Test
    void theRebuiltReadModelsAreIdenticalToTheLiveOnesInEveryRow() {
        InspectionPopulation population = new InspectionPopulation(commands, jdbc, processing, sweep);
        population.record(clock.instant());
        long head = settled(population);
        Map<String, List<String>> live = rows();
        Api oli = Api.as(http, "oli");

        ResponseEntity<JsonNode> started = oli.post("/api/ops/read-models/all/rebuild", "");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> oli.get("/api/ops/read-models/all/rebuild").getBody(),
                        status -> !status.path("state").asText().equals("RUNNING"));

        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("eventsDone").asLong()).isPositive();
        assertThat(done.path("secondsLeft").asLong()).isZero();
        assertThat(settled(population)).as("nothing was appended meanwhile, so the copies must agree").isEqualTo(head);
        assertThat(rows()).isEqualTo(live);
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'read_model_rebuild'",
                Integer.class)).as("the copies are dropped once swapped in").isZero();

        String later = ivy.openCase("HIGH", clock.instant().minusSeconds(60));
        population.caughtUp(ReadModels.INSPECTION);
        assertThat(jdbc.queryForObject("select count(*) from inspection_case where case_id = ?", Integer.class, later))
                .as("the processor carries on from where the copy stood").isEqualTo(1);
    }

    @Test
    void onlyOperatorsRebuildAndOnlyReadModelsThatExist() {
        Api oli = Api.as(http, "oli");

        assertThat(oli.post("/api/ops/read-models/sla-clocks/rebuild", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(oli.get("/api/ops/read-models/nothing/rebuild").getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("group");
        assertThat(sam.post("/api/ops/read-models/timeline/rebuild", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(oli.get("/api/ops/read-models/timeline/rebuild").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * Waits until nothing more follows from the store as it stands (the clock keeper's events, then a
     * sweep with the test clock held still, so the scheduled sweep finds nothing more due) and every
     * read model has handled it all; answers the store's head.
     */
    private long settled(InspectionPopulation population) {
        population.caughtUp("sla-clocks");
        sweep.sweepDue();
        population.caughtUp("sla-clocks");
        ReadModels.ALL.forEach(population::caughtUp);
        return jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }

    /**
     * Every row of every read model's tables, as text, in order: every column but an identity column's
     * number, which the rebuilt rows take anew (in the same order: {@link #numberedInTheSameOrder}).
     */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new TreeMap<>();
        ReadModels.TABLES.values().stream().flatMap(List::stream).forEach(table -> {
            String columns = String.join(", ", jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = 'public' and table_name = ? and is_identity = 'NO'
                    order by ordinal_position""", String.class, table));
            rows.put(table, jdbc.queryForList("select cast(row(" + columns + ") as text) from " + table
                    + " order by 1", String.class));
            rows.put(table + " numbered", numberedInTheSameOrder(table));
        });
        return rows;
    }

    /**
     * With an identity column (the timeline's {@code entry_no}), each case's rows in the order the table
     * is read in (case, occurredAt, global index, then the number). The numbers themselves differ: the
     * live processor interleaves cases as its batches go and takes a gap's event when it is committed,
     * the rebuild takes the store in its order.
     */
    private List<String> numberedInTheSameOrder(String table) {
        List<String> numbered = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = ? and is_identity = 'YES'""", String.class, table);
        return numbered.isEmpty() ? List.of()
                : jdbc.queryForList("select cast(t as text) from (select case_id, event_id from " + table
                + " order by case_id, occurred_at, global_index, " + numbered.get(0) + ") t", String.class);
    }
}
