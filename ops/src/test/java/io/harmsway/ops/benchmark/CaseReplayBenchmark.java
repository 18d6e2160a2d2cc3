package io.harmsway.ops.benchmark;

import io.harmsway.cases.api.AddNote;
import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.sla.clock.SlaSweep;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Time to answer the auditor's replay of one case of about 500 stored events (case and clock events:
 * a referral, suspects, notes, interviews recorded late, corrections, breaches and escalations raised
 * by the sweep), among other cases, over real HTTP as the auditor: as known at now and at a moment
 * half-way, as it happened, and the changes over a window; beside the live timeline's read of the same
 * case from its read model, in the same run. Each answer includes the read's own log entry (one insert).
 * Run it with {@code bench/case-replay [--events=500] [--other-cases=300] [--requests=30] [--warmup=10]}.
 */
public final class CaseReplayBenchmark {

    private CaseReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int events = options.integer("events", 500);
        int otherCases = options.integer("other-cases", 300);
        int requests = options.integer("requests", 30);
        int warmup = options.integer("warmup", 10);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.sla.sweep-interval=1h")) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            CommandGateway commands = app.bean(CommandGateway.class);
            Clock clock = app.bean("clock", Clock.class);
            Backlog backlog = new Backlog(jdbc);

            CaseActions others = new CaseActions(commands, clock, 3);
            for (int i = 0; i < otherCases; i++) {
                others.record(i);
            }
            String caseId = new LongCase(commands, app.bean(SlaSweep.class), jdbc, backlog, clock).record(events);
            backlog.awaitCaughtUp(Duration.ofMinutes(10));
            long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            long ofTheCase = LongCase.eventsOf(jdbc, caseId);
            System.out.printf("case replay benchmark: one case of %,d stored events among %,d stored events, %d cores%n",
                    ofTheCase, stored, Runtime.getRuntime().availableProcessors());

            HttpLoad http = new HttpLoad(app.port());
            String ada = http.token("ada", "ada-demo");
            Instant now = clock.instant();
            String audit = "/api/audit/cases/" + caseId;
            Map<String, HttpRequest> reads = new java.util.LinkedHashMap<>();
            reads.put("timeline (read model, for comparison)", http.bearer("/api/cases/" + caseId + "/timeline", ada));
            reads.put("as known at now", http.bearer(audit + "/as-known-at?at=" + now, ada));
            reads.put("as known at 30 days ago", http.bearer(audit + "/as-known-at?at=" + now.minus(Duration.ofDays(30)), ada));
            reads.put("as it happened", http.bearer(audit + "/as-it-happened", ada));
            reads.put("changes over 40 days", http.bearer(audit + "/changes?from=" + now.minus(Duration.ofDays(40)), ada));
            for (HttpRequest request : reads.values()) {
                http.latencies(warmup, request);
            }
            Duration timeline = null;
            for (Map.Entry<String, HttpRequest> read : reads.entrySet()) {
                List<Duration> times = new ArrayList<>(http.latencies(requests, read.getValue()).times());
                Collections.sort(times);
                Duration median = times.get(times.size() / 2);
                timeline = timeline == null ? median : timeline;
                System.out.printf("%-40s median %6.1f ms, p95 %6.1f ms, max %6.1f ms (%.1f x the timeline)%n",
                        read.getKey(), ms(median), ms(times.get((int) Math.ceil(times.size() * 0.95) - 1)),
                        ms(times.get(times.size() - 1)), median.toNanos() / (double) timeline.toNanos());
            }
        }
        System.exit(0);
    }

    private static double ms(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    /**
     * One long case: suspects identified two months ago (their clocks breached and escalated by the
     * sweep), notes, some of them corrected, interviews recorded late; notes until the case holds the
     * number of events asked for.
     */
    private record LongCase(CommandGateway commands, SlaSweep sweep, JdbcTemplate jdbc, Backlog backlog, Clock clock) {

        String record(int events) {
            String caseId = UUID.randomUUID().toString();
            Instant referred = clock.instant().minus(Duration.ofDays(60));
            commands.sendAndWait(new RecordReferral(caseId, "north", 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH,
                    "phone call to MASH", "school", true, referred));
            for (int suspect = 1; suspect <= 10; suspect++) {
                commands.sendAndWait(new IdentifySuspect(caseId, suspect % 2 == 0, referred.plus(Duration.ofHours(suspect))));
            }
            backlog.awaitCaughtUp(Duration.ofMinutes(5));
            sweep.sweepDue();
            sweep.sweepDue();
            for (int suspect = 1; suspect <= 5; suspect++) {
                commands.sendAndWait(new RecordSuspectInterview(caseId, "suspect-" + suspect, true,
                        referred.plus(Duration.ofDays(3 + suspect))));
            }
            int note = 0;
            while (eventsOf(jdbc, caseId) < events) {
                commands.sendAndWait(new AddNote(caseId, "note " + note,
                        referred.plus(Duration.ofHours(2 + note % (24 * 55)))));
                if (note % 10 == 9) {
                    String noteId = jdbc.queryForObject("""
                            select event_identifier from domain_event_entry
                            where aggregate_identifier = ? and payload_type like '%.NoteAdded'
                            order by sequence_number desc limit 1""", String.class, caseId);
                    commands.sendAndWait(new CorrectEntry(caseId, noteId,
                            Map.of("occurredAt", referred.plus(Duration.ofHours(1 + note)).toString()), "wrong hour"));
                }
                note++;
                if (note % 50 == 0) {
                    backlog.awaitCaughtUp(Duration.ofMinutes(5));
                }
            }
            return caseId;
        }

        static long eventsOf(JdbcTemplate jdbc, String caseId) {
            return jdbc.queryForObject("""
                    select count(*) from domain_event_entry
                    where event_case_key(payload) = convert_to(?, 'UTF8') and payload_type <> 'io.harmsway.cases.api.CaseRead'""",
                    Long.class, caseId);
        }
    }
}
