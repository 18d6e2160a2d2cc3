package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.ReadModelRebuilds;
import io.harmsway.query.api.RebuildStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The rate of a read model's rebuild beside the served copy (events of the store handled per second,
 * start to swap), against, in the same run, the plain JDBC floor for the same work: reading every row
 * of the event table in pages of 1,000 and writing the same rows the read model holds with batched
 * inserts of 1,000 into copies of its tables. Run it with
 * {@code bench/rebuild [--cases=2000] [--group=inspection] [--rounds=2]}.
 */
public final class RebuildBenchmark {

    private static final int PAGE = 1000;

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int cases = options.integer("cases", 2000);
        int rounds = options.integer("rounds", 2);
        List<String> groups = options.text("group", ReadModels.INSPECTION).equals("all") ? ReadModels.ALL
                : List.of(options.text("group", ReadModels.INSPECTION));

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.sla.sweep-interval=1h")) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            CaseActions actions = new CaseActions(app.bean(CommandGateway.class), app.bean("clock", Clock.class), 3);
            for (int i = 0; i < cases; i++) {
                actions.record(i);
            }
            Backlog backlog = new Backlog(jdbc);
            backlog.awaitCaughtUp(Duration.ofMinutes(20));
            long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            System.out.printf("rebuild benchmark: %,d cases, %,d stored events, %d cores%n", cases, stored,
                    Runtime.getRuntime().availableProcessors());
            ReadModelRebuilds rebuilds = app.bean(ReadModelRebuilds.class);
            for (String group : groups) {
                for (int round = 1; round <= rounds; round++) {
                    double rebuild = rebuild(rebuilds, group);
                    double plain = plain(jdbc, group, stored);
                    System.out.printf("%-12s round %d: rebuild %,8.0f events/s, plain JDBC read + batched inserts"
                            + " %,8.0f events/s: %.2f of it (load average %s)%n", group, round, rebuild, plain,
                            rebuild / plain, LoadAverage.now());
                }
            }
        }
        System.exit(0);
    }

    private static double rebuild(ReadModelRebuilds rebuilds, String group) {
        long start = System.nanoTime();
        rebuilds.start(group).orElseThrow();
        RebuildStatus done = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> rebuilds.status(group), RebuildStatus::finished);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"DONE".equals(done.state())) {
            throw new IllegalStateException("the rebuild failed: " + done.problem());
        }
        return done.eventsDone() / seconds;
    }

    /** Every event row read, every read-model row written again in batches: the rate in events per second. */
    private static double plain(JdbcTemplate jdbc, String group, long stored) {
        Map<String, List<Object[]>> rows = new java.util.LinkedHashMap<>();
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        for (String table : ReadModels.TABLES.get(group)) {
            columns.put(table, jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = 'public' and table_name = ? and is_identity = 'NO' order by ordinal_position""",
                    String.class, table));
            String list = String.join(", ", columns.get(table));
            rows.put(table, jdbc.query("select " + list + " from " + table, (rs, n) -> {
                Object[] row = new Object[columns.get(table).size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }));
            jdbc.execute("drop table if exists read_model_rebuild.plain_" + table);
            jdbc.execute("create table read_model_rebuild.plain_" + table + " (like public." + table + " including all)");
        }
        long start = System.nanoTime();
        long read = 0;
        long after = -1;
        while (true) {
            List<Long> page = new ArrayList<>();
            jdbc.query("""
                    select global_index, event_identifier, payload_type, payload, meta_data, time_stamp
                    from domain_event_entry where global_index > ? order by global_index limit ?""", rs -> {
                page.add(rs.getLong(1));
                rs.getBytes(4);
                rs.getBytes(5);
            }, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            read += page.size();
            after = page.get(page.size() - 1);
        }
        for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
            List<String> names = columns.get(table.getKey());
            String insert = "insert into read_model_rebuild.plain_" + table.getKey() + " (" + String.join(", ", names)
                    + ") values (" + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
            List<Object[]> all = table.getValue();
            for (int from = 0; from < all.size(); from += PAGE) {
                jdbc.batchUpdate(insert, all.subList(from, Math.min(all.size(), from + PAGE)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        rows.keySet().forEach(table -> jdbc.execute("drop table read_model_rebuild.plain_" + table));
        if (read != stored) {
            throw new IllegalStateException("read " + read + " events of " + stored);
        }
        return read / seconds;
    }
}
