package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inspection report at national scale: a year of 70,000 cases in 40 teams, each of 50 to 200
 * events, written straight into the inspection read model's tables as the events would have made them
 * (a case row; one entry row per officer's entry, {@code n - 36} of them; 12 clock rows standing for
 * the other 36 clock events; a pause on one clock in fifty; a grading on one case in fourteen), then
 * the report for the year and all teams (and one team, and what works, and the charts) asked over
 * real HTTP as the auditor. It measures the read model's queries, not its projection (the rebuild
 * benchmark measures that). Each read is timed {@code requests} times, the first one cold. Run it with
 * {@code bench/inspection-national [--cases=70000] [--requests=3]}.
 */
public final class InspectionNationalBenchmark {

    private static final String[] RULES = {"referral-decision", "strategy-discussion", "risk-assessment",
            "child-account", "assessment", "suspect-interview", "victim-update", "safeguarding-other-children",
            "medical-for-sexual-abuse", "doctor-at-strategy-discussion", "other-child-safeguarded", "pre-charge-bail"};

    private static final int CHUNK = 5000;

    private InspectionNationalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int cases = options.integer("cases", 70_000);
        int requests = options.integer("requests", 3);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.sla.sweep-interval=1h",
                     "harmsway.audit.sealing=false",
                     // The report for a year of all teams takes longer than the default 60 s statement
                     // timeout on a loaded two-core machine: raised here so that it is measured, not refused.
                     "spring.datasource.hikari.data-source-properties.options=-c idle_in_transaction_session_timeout=30s"
                             + " -c statement_timeout=900s")) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Instant now = app.bean("clock", Clock.class).instant();
            Instant yearAgo = now.minus(Duration.ofDays(365));
            long start = System.nanoTime();
            generate(jdbc, cases, yearAgo);
            // A year's rows arrive over a year, and autovacuum analyses them as they do; written in two
            // minutes they have no statistics yet, and the planner, guessing a few dozen rows, chose
            // nested loops that ran for minutes. Analysed here as they would be in production, as the
            // tables' owner (the application's role may not: PostgreSQL skips them with a warning).
            try (var admin = database.connect(); var statement = admin.createStatement()) {
                statement.execute("analyze inspection_case, inspection_entry, inspection_clock, inspection_pause,"
                        + " inspection_grading");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : List.of("inspection_case", "inspection_entry", "inspection_clock", "inspection_pause",
                    "inspection_grading")) {
                rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            long events = rows.get("inspection_entry") + 36L * rows.get("inspection_case");
            System.out.printf("inspection national benchmark: %,d cases standing for %,d events, rows %s, written in"
                    + " %.0f s; %d cores%n", cases, events, rows, (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().availableProcessors());

            HttpLoad http = new HttpLoad(app.port());
            String ada = http.token("ada", "ada-demo");
            String year = "from=" + yearAgo + "&to=" + now;
            Map<String, HttpRequest> reads = new LinkedHashMap<>();
            reads.put("figures, a year, all teams (JSON)", http.bearer("/api/inspection/figures?" + year, ada));
            reads.put("figures, a year, all teams (CSV)", http.bearer("/api/inspection/figures.csv?" + year, ada));
            reads.put("figures, a year, one team", http.bearer("/api/inspection/figures?team=team-7&" + year, ada));
            reads.put("cases behind rule.suspect-interview.breached",
                    http.bearer("/api/inspection/cases?figure=rule.suspect-interview.breached&" + year, ada));
            reads.put("what works, a year", http.bearer("/api/inspection/what-works?" + year, ada));
            reads.put("chart: time to interview", http.bearer("/api/inspection/charts/time-to-interview?" + year, ada));
            reads.put("chart: breaches per month", http.bearer("/api/inspection/charts/breaches-per-month?" + year, ada));
            for (Map.Entry<String, HttpRequest> read : reads.entrySet()) {
                List<Duration> times = new ArrayList<>(http.latencies(requests, read.getValue()).times());
                Collections.sort(times);
                System.out.printf("%-48s median %7.0f ms, max %7.0f ms (%d requests)%n", read.getKey(),
                        times.get(times.size() / 2).toNanos() / 1e6, times.get(times.size() - 1).toNanos() / 1e6,
                        times.size());
            }
        }
        System.exit(0);
    }

    /**
     * Rows as the events would have made them, spread evenly over the year, in SQL (deterministic:
     * hashes, not random), 5,000 cases a statement (each within the application's statement timeout).
     */
    private static void generate(JdbcTemplate jdbc, int cases, Instant yearAgo) {
        for (int first = 1; first <= cases; first += CHUNK) {
            generate(jdbc, cases, yearAgo, first, Math.min(cases, first + CHUNK - 1));
        }
        jdbc.update("""
                insert into inspection_pause (clock_id, case_id, rule_id, paused_at, resumed_at, reason)
                select clock_id, case_id, rule_id, started_at + interval '1 hour', started_at + interval '25 hours',
                       'awaiting the CPS'
                from inspection_clock where pauses > 0""");
        jdbc.update("""
                insert into inspection_grading (event_id, case_id, grade, framework, reasons, graded_by, graded_at)
                select 'g-' || case_id, case_id, grade, 'HMIC 2015', 'as found', 'ada', graded_at
                from inspection_case where grade is not null""");
        jdbc.execute("analyze inspection_case, inspection_entry, inspection_clock, inspection_pause, inspection_grading");
    }

    private static void generate(JdbcTemplate jdbc, int cases, Instant yearAgo, int first, int last) {
        String rules = "array['" + String.join("','", RULES) + "']";
        jdbc.update("""
                insert into inspection_case (case_id, team, allegation, risk_grade, physical_symptoms, referred_at,
                    first_strategy_at, strategy_discussions, strategy_without_health, first_risk_assessment_at,
                    last_risk_assessment_at, last_fact_change_at, first_abe_at, first_account_at, first_medical_at,
                    charged, no_further_action, no_further_action_reason, child_safeguarded, closed_at, closure_outcome,
                    grade, graded_at)
                select 'case-' || i, 'team-' || (i % 40),
                       (array['SEXUAL_ABUSE','PHYSICAL_ABUSE','NEGLECT','ONLINE_ABUSE_OR_GROOMING','EXPLOITATION'])[1 + i % 5],
                       (array['HIGH','MEDIUM','STANDARD'])[1 + (i / 5) % 3], i % 7 = 0, r,
                       case when h % 10 < 9 then r + (h % 96) * interval '1 hour' end, 1 + h % 2, case when h % 3 = 0 then 1 else 0 end,
                       case when h % 20 < 19 then r + (h % 30) * interval '1 hour' end,
                       case when h % 20 < 19 then r + (h % 300) * interval '1 hour' end,
                       case when h % 4 < 3 then r + (h % 400) * interval '1 hour' end,
                       case when h % 3 < 2 then r + (h % 500) * interval '1 hour' end,
                       case when h % 5 < 4 then r + (h % 400) * interval '1 hour' end,
                       case when i % 7 = 0 and h % 3 < 2 then r + (h % 72) * interval '1 hour' end,
                       h % 5 = 0, h % 5 = 1, case when h % 5 = 1 then 'evidential test not met' end, h % 3 > 0,
                       case when h % 2 = 0 then r + (30 + h % 200) * interval '1 day' end,
                       case when h % 2 = 0 then 'closed' end,
                       case when i % 14 = 0 then (array['GOOD','ADEQUATE','INADEQUATE'])[1 + h % 3] end,
                       case when i % 14 = 0 then r + interval '300 days' end
                from (select i, abs(hashtext('case' || i)) as h,
                             cast(? as timestamptz) + i * (interval '365 days' / ?) as r
                      from generate_series(?, ?) i) g""", io.harmsway.jdbc.Sql.ts(yearAgo), cases, first, last);
        jdbc.update("""
                insert into inspection_entry (event_id, case_id, event_type, occurred_at, recorded_at, lag_seconds,
                                              correction_reason)
                select 'e-' || i || '-' || j, 'case-' || i,
                       (array['NoteAdded','EvidenceSeized','VictimUpdated','StrategyDiscussionHeld','RiskAssessed',
                              'SuspectIdentified','AbeInterviewHeld','EntryCorrected'])[1 + (i + j) % 8],
                       r + j * interval '3 hours', r + j * interval '3 hours' + ((i * j) % 500) * interval '1 hour',
                       ((i * j) % 500) * 3600, case when (i + j) % 8 = 7 then 'wrong time' end
                from (select i, cast(? as timestamptz) + i * (interval '365 days' / ?) as r,
                             14 + abs(hashtext('events' || i)) % 151 as n
                      from generate_series(?, ?) i) g, generate_series(1, n) j""",
                io.harmsway.jdbc.Sql.ts(yearAgo), cases, first, last);
        jdbc.update(("""
                insert into inspection_clock (clock_id, case_id, rule_id, subject_id, agency, started_at, due_at, ended_at,
                    met, late_by_seconds, breached_at, warned_at, acknowledged_at, acknowledged_by,
                    ack_within_working_day, escalation_level, escalated_to, pauses, paused_seconds)
                select 'k-' || i || '-' || k, 'case-' || i, (%s)[k], 'case', 'POLICE', s, s + d,
                       case when h %% 10 < 8 then s + d + (h %% 200 - 150) * interval '1 hour' end,
                       h %% 10 < 8, case when h %% 10 < 8 then greatest(0, h %% 200 - 150) * 3600 end,
                       case when h %% 10 >= 8 or h %% 200 > 150 then s + d end,
                       case when h %% 3 = 0 then s + d / 2 end,
                       case when (h %% 10 >= 8 or h %% 200 > 150) and h %% 2 = 0 then s + d + (h %% 48) * interval '1 hour' end,
                       case when (h %% 10 >= 8 or h %% 200 > 150) and h %% 2 = 0 then 'sam' end,
                       case when (h %% 10 >= 8 or h %% 200 > 150) and h %% 2 = 0 then h %% 48 < 24 end,
                       case when h %% 10 >= 8 then 1 + h %% 2 else 0 end,
                       case when h %% 10 >= 8 then (array['detective inspector','detective chief inspector'])[1 + h %% 2] end,
                       case when h %% 50 = 0 then 1 else 0 end, case when h %% 50 = 0 then 86400 else 0 end
                from (select i, k, abs(hashtext('clock' || i || '-' || k)) as h,
                             cast(? as timestamptz) + i * (interval '365 days' / ?) + k * interval '5 hours' as s,
                             (array[24, 24, 24, 336, 1080, 336, 24, 24, 48, 24, 24, 2160])[k] * interval '1 hour' as d
                      from generate_series(?, ?) i, generate_series(1, 12) k) g""").formatted(rules),
                io.harmsway.jdbc.Sql.ts(yearAgo), cases, first, last);
    }
}
