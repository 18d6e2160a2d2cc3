package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.plans.Plan;
import io.harmsway.ops.support.plans.ReadRecorder;
import io.harmsway.ops.support.plans.ReadStatement;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints, for each HTTP read, the SQL reads the application sent to serve it, and for each statement
 * not met before its {@code EXPLAIN (ANALYZE, BUFFERS)} with the parameters it was sent with; then a
 * summary naming every table a plan reads whole, with the table's size.
 */
final class PlanReport {

    /** One HTTP read: sends its request and answers the status. */
    interface Read {
        int send() throws Exception;
    }

    private record Explained(int number, String firstRead, ReadStatement statement, Plan plan) {
    }

    private final ReadRecorder recorder;
    private final JdbcTemplate jdbc;
    private final Map<String, Explained> bySql = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();

    PlanReport(ReadRecorder recorder, JdbcTemplate jdbc) {
        this.recorder = recorder;
        this.jdbc = jdbc;
    }

    void read(String name, Read read) throws Exception {
        int[] status = new int[1];
        List<ReadStatement> sent = recorder.during(() -> status[0] = read.send());
        if (status[0] != 200) {
            refused.add(name + " answered " + status[0]);
        }
        Map<String, List<ReadStatement>> distinct = new LinkedHashMap<>();
        sent.forEach(statement -> distinct.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement));
        System.out.printf("%n== %s: answered %d; %d reads sent, %d distinct%n", name, status[0], sent.size(), distinct.size());
        for (List<ReadStatement> same : distinct.values()) {
            ReadStatement statement = same.get(0);
            String times = same.size() == 1 ? "" : " (sent " + same.size() + " times)";
            Explained known = bySql.get(statement.sql());
            if (known != null) {
                System.out.printf("  #%d%s, explained under \"%s\"%n", known.number(), times, known.firstRead());
                continue;
            }
            Explained explained = new Explained(bySql.size() + 1, name, statement, statement.explain(jdbc, false));
            bySql.put(statement.sql(), explained);
            System.out.printf("  #%d%s: %s%n     parameters %s%n", explained.number(), times, statement.oneLine(),
                    statement.values());
            explained.plan().lines().forEach(line -> System.out.println("     | " + line));
        }
    }

    void summary() {
        System.out.printf("%nsummary: %d distinct reads explained%n", bySql.size());
        for (Explained explained : bySql.values()) {
            List<String> scans = explained.plan().seqScans().stream()
                    .map(table -> table + " (" + rows(table) + " rows)").toList();
            System.out.printf("  #%-3d %8.3f ms  %-60s %s%n", explained.number(), explained.plan().executionMillis(),
                    scans.isEmpty() ? "no seq scan" : "SEQ SCAN on " + String.join(", ", scans),
                    explained.firstRead());
        }
        if (!refused.isEmpty()) {
            System.out.println("  not 200: " + refused);
        }
    }

    private long rows(String table) {
        Long rows = jdbc.queryForObject("select coalesce(max(reltuples::bigint), -1) from pg_class where relname = ?",
                Long.class, table);
        return rows == null ? -1 : rows;
    }
}
