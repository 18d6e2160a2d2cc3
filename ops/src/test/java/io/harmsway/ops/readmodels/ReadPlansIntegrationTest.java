package io.harmsway.ops.readmodels;

import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.plans.Plan;
import io.harmsway.ops.support.plans.ReadRecorder;
import io.harmsway.ops.support.plans.ReadStatement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read that matters most under load can be served by an index: the SQL the real endpoints send
 * (recorded while they answer, as {@code bench/plans} records it), explained with sequential scans
 * switched off for the explaining transaction. A {@code Seq Scan} left in such a plan means that no
 * index can serve the statement, so it would read the whole table once the table is large: a case's
 * timeline, its clocks and replay, the case list (by team, by late recording), the inboxes and
 * alerts, the dashboard, the access logs and a team's inspection figures. How fast each is at size is
 * {@code bench/plans}'s to show (docs/benchmarks.md).
 */
class ReadPlansIntegrationTest extends IntegrationTestBase {

    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** The tables that grow with cases, events, clocks or reads, which every plan must reach through an index. */
    private static final Set<String> GROWING = Set.of("timeline_entry", "case_summary", "case_open_clock", "case_team",
            "team_alert", "alert_case", "sla_clock", "breach_history", "domain_event_entry", "case_access_log",
            "inspection_case", "inspection_clock", "inspection_entry", "inspection_pause");

    @Autowired
    ReadRecorder recorder;

    @Test
    void everyReadOfAGrowingTableCanBeServedByAnIndex() throws Exception {
        Instant referred = clock.instant().minus(Duration.ofDays(10));
        String caseId = ivy.openCase("HIGH", referred);
        assertThat(ivy.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"seen at school\", \"occurredAt\": \"%s\"}".formatted(referred.plus(Duration.ofHours(1))))
                .getStatusCode().value()).isEqualTo(204);
        ivy.identifySuspect(caseId, referred.plus(Duration.ofHours(2)));
        await().until(() -> rows("sla_clock", caseId) > 0);
        int swept;
        do {
            swept = sweep.sweepDue(); // each clock's warning, breach and escalations are all due by now
        } while (swept > 0);
        // The reads below must find the breaches in every read model (whichever node's processors,
        // this context's or an earlier test's, hold the segments of the shared database).
        await().untilAsserted(() -> assertThat(List.of("team_alert", "breach_history", "case_open_clock",
                "inspection_clock")).allSatisfy(table -> assertThat(rows(table, caseId)).as(table).isPositive()));
        await().until(() -> jdbc.queryForObject("select count(*) from inspection_clock where case_id = ?"
                + " and breached_at is not null", Long.class, caseId) > 0);

        Api ada = Api.as(http, "ada");
        Map<String, List<ReadStatement>> sent = new LinkedHashMap<>();
        read(sent, ivy, "/api/cases/" + caseId + "/timeline");
        read(sent, ivy, "/api/sla/cases/" + caseId + "/clocks");
        read(sent, ivy, "/api/cases?team=north");
        read(sent, ivy, "/api/cases?recordedLateBy=P3D");
        read(sent, ivy, "/api/my/alerts");
        read(sent, sam, "/api/teams/north/inbox");
        read(sent, sam, "/api/teams/north/alerts");
        read(sent, sam, "/api/teams/north/dashboard");
        read(sent, sam, "/api/inspection/figures?team=north&from=" + referred.minus(Duration.ofDays(1)));
        read(sent, ada, "/api/audit/cases/" + caseId + "/as-known-at?at=" + clock.instant());
        read(sent, ada, "/api/audit/cases/" + caseId + "/access-log");
        read(sent, ada, "/api/audit/users/ivy/access-log");
        read(sent, ada, "/api/audit/notices");

        Set<String> tablesRead = new TreeSet<>();
        List<String> scans = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        sent.forEach((path, statements) -> statements.stream().filter(statement -> explained.add(statement.sql()))
                .forEach(statement -> {
                    tablesRead.addAll(tables(statement.sql()));
                    Plan plan = statement.explain(jdbc, true);
                    if (plan.seqScans().stream().anyMatch(GROWING::contains)) {
                        scans.add(path + " sends " + statement.oneLine() + "\n" + plan);
                    }
                }));
        assertThat(tablesRead).as("the reads recorded (else this test would pass by recording nothing)")
                .containsAll(GROWING);
        assertThat(scans).as("reads of a growing table that no index can serve").isEmpty();
    }

    private void read(Map<String, List<ReadStatement>> sent, Api user, String path) throws Exception {
        int[] status = new int[1];
        sent.put(path, recorder.during(() -> status[0] = user.get(path).getStatusCode().value()));
        assertThat(status[0]).as(path).isEqualTo(200);
    }

    private long rows(String table, String caseId) {
        return jdbc.queryForObject("select count(*) from " + table + " where case_id = ?", Long.class, caseId);
    }

    private static Set<String> tables(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher table = TABLE.matcher(sql);
        while (table.find()) {
            tables.add(table.group(1).toLowerCase());
        }
        return tables;
    }
}
