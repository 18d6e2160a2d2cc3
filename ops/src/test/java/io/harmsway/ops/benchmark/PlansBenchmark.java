package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.ops.support.plans.ReadRecorder;
import io.harmsway.sla.clock.SlaSweep;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every read the API and the pages send to the read models, the clock tables and the event store, with
 * its plan: the data set of {@code bench/reads} (a case of {@code --events} events, team north with
 * {@code --open-cases} open cases, made over HTTP by investigator ivy), beside {@code --other-cases}
 * open cases of team south (investigator ian), so that one team is a fraction of the tables as in a
 * force; all referred {@code --referred-days-ago} days ago, so that their clocks are overdue, and swept,
 * so that the inboxes, alerts, breach history and inspection tables hold a breach per overdue clock.
 * Then {@code VACUUM ANALYZE}, and each read over HTTP, one at a time, as the user who reads it, while a
 * {@link ReadRecorder} keeps the SQL reads the request sent; each distinct statement is explained once,
 * with {@code EXPLAIN (ANALYZE, BUFFERS)} and the parameters it was sent with. Statements of other
 * threads (Axon's processors polling tokens and the event store, Quartz, the sweep) are not recorded;
 * the auditor's replay reads of the event store are, since its requests send them. Run it with
 * {@code bench/plans [--events=500] [--open-cases=1000] [--other-cases=19000] [--referred-days-ago=10]}.
 */
public final class PlansBenchmark {

    private static final Pattern FIGURE = Pattern.compile("figure=([A-Za-z0-9._%-]+)");

    private PlansBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int events = options.integer("events", 500);
        int openCases = options.integer("open-cases", 1_000);
        int otherCases = options.integer("other-cases", 19_000);
        int daysAgo = options.integer("referred-days-ago", 10);
        ReadRecorder recorder = new ReadRecorder();
        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, Map.of("readRecorder", recorder),
                     "harmsway.sign-in.token-lifetime=PT12H", "harmsway.sla.sweep-interval=1h")) {
            long start = System.nanoTime();
            HttpLoad load = new HttpLoad(app.port());
            String ivy = load.token("ivy", "ivy-demo");
            String sam = load.token("sam", "sam-demo");
            String ada = load.token("ada", "ada-demo");
            Instant now = app.bean("clock", Clock.class).instant();
            Instant referredAt = now.minus(Duration.ofDays(daysAgo));
            String longCase = ReadsDataSet.build(app, ivy, events, openCases, referredAt);
            ReadsDataSet.openCases(app, load.token("ian", "ian-demo"), otherCases, referredAt);
            Backlog backlog = new Backlog(app.bean(JdbcTemplate.class));
            backlog.awaitCaughtUp(Duration.ofMinutes(20));
            int swept = sweep(app.bean(SlaSweep.class));
            backlog.awaitCaughtUp(Duration.ofMinutes(20));
            analyze(database);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            System.out.printf("plans: a case of %d events, team north with %d open cases, team south with %d, referred"
                            + " %d days ago; %,d clock changes swept; %,d stored events, %,d clocks, %,d open alerts;"
                            + " made in %.0f s (load average %s)%n", events, openCases, otherCases, daysAgo, swept,
                    count(jdbc, "domain_event_entry"), count(jdbc, "sla_clock"),
                    jdbc.queryForObject("select count(*) from team_alert where resolved_at is null", Long.class),
                    (System.nanoTime() - start) / 1e9, LoadAverage.now());

            PlanReport report = new PlanReport(recorder, jdbc);
            api(report, load, ivy, "ivy", "/api/cases/" + longCase + "/timeline");
            api(report, load, ivy, "ivy", "/api/cases?team=north");
            api(report, load, ivy, "ivy", "/api/cases?recordedLateBy=P3D");
            api(report, load, ivy, "ivy", "/api/sla/cases/" + longCase + "/clocks");
            api(report, load, ivy, "ivy", "/api/my/alerts");
            api(report, load, sam, "sam", "/api/teams/north/inbox");
            api(report, load, sam, "sam", "/api/teams/north/alerts");
            api(report, load, sam, "sam", "/api/teams/north/dashboard");
            String audit = "/api/audit/cases/" + longCase;
            api(report, load, ada, "ada", audit + "/as-known-at?at=" + now);
            api(report, load, ada, "ada", audit + "/as-it-happened");
            api(report, load, ada, "ada", audit + "/changes?from=" + referredAt);
            api(report, load, ada, "ada", audit + "/bundle");
            api(report, load, ada, "ada", audit + "/access-log");
            api(report, load, ada, "ada", "/api/audit/users/ivy/access-log");
            api(report, load, ada, "ada", "/api/audit/notices");
            String team = "team=north&from=" + referredAt.minus(Duration.ofDays(1));
            api(report, load, sam, "sam", "/api/inspection/figures?" + team);
            api(report, load, sam, "sam", "/api/inspection/cases?figure=" + firstFigure(load, sam, team) + "&" + team);
            api(report, load, sam, "sam", "/api/inspection/what-works?" + team);
            api(report, load, sam, "sam", "/api/inspection/charts/time-to-interview?" + team);
            api(report, load, sam, "sam", "/api/inspection/charts/breaches-per-month?" + team);
            api(report, load, sam, "sam", "/api/inspection/charts/gradings?" + team);

            String base = "http://127.0.0.1:" + app.port();
            HttpClient ivyPages = BrowserSessions.signedIn(base, "ivy");
            HttpClient samPages = BrowserSessions.signedIn(base, "sam");
            HttpClient adaPages = BrowserSessions.signedIn(base, "ada");
            page(report, ivyPages, base, "ivy", "/cases");
            page(report, ivyPages, base, "ivy", "/cases/" + longCase);
            page(report, samPages, base, "sam", "/teams/north/inbox");
            page(report, samPages, base, "sam", "/teams/north/inbox/cases");
            page(report, samPages, base, "sam", "/teams/north/dashboard");
            page(report, adaPages, base, "ada", "/audit/cases/" + longCase);
            page(report, adaPages, base, "ada", "/audit/inspection?team=north");
            report.summary();
            System.out.println("  (load average " + LoadAverage.now() + ")");
        }
        System.exit(0);
    }

    private static void api(PlanReport report, HttpLoad load, String token, String user, String path) throws Exception {
        report.read("GET " + path + " (" + user + ")", () -> load.send(load.bearer(path, token)));
    }

    private static void page(PlanReport report, HttpClient browser, String base, String user, String path)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
        report.read("page " + path + " (" + user + ")",
                () -> browser.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    /** The key of the first figure the team's figures link to (not recorded: only to name one). */
    private static String firstFigure(HttpLoad load, String token, String filter) throws Exception {
        HttpResponse<String> figures = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                load.bearer("/api/inspection/figures?" + filter, token), HttpResponse.BodyHandlers.ofString());
        Matcher figure = FIGURE.matcher(figures.body());
        return figure.find() ? figure.group(1) : URLEncoder.encode("none", StandardCharsets.UTF_8);
    }

    /** Sweeps until no clock is due (each clock's warning, breach and escalations are due by now). */
    private static int sweep(SlaSweep sweep) {
        int total = 0;
        for (int handled = sweep.sweepDue(); handled > 0; handled = sweep.sweepDue()) {
            total += handled;
        }
        return total;
    }

    /** Fresh statistics and visibility maps for the planner, as autovacuum leaves them after a while in production. */
    private static void analyze(ScratchDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
