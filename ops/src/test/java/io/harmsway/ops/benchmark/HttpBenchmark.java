package io.harmsway.ops.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.ScratchDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rate a user feels: actions recorded over real HTTP with the application's own bearer token
 * (signed in once at {@code POST /api/tokens}, as a program does) from K concurrent clients,
 * against plain JDBC single-row inserts into a table of the event table's shape at the same
 * concurrency, in the same run; each answer's time; and for every action the time from its 2xx
 * answer to its entry in the timeline read model ({@link TimelineWatch}), and how long after the
 * last answer every processor had caught up. Each concurrency of {@code --clients} (a list) is a
 * round of its own in the same application. Run it with
 * {@code bench/http [--actions=8000] [--clients=8,50] [--suspects-per-case=3] [--warmup=800] [--poll-ms=10]}
 * {@code [--app.<property>=<value> ...]} (an application setting, e.g. {@code --app.harmsway.read-models.batched-writes=false}).
 */
public final class HttpBenchmark {

    private HttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int actions = options.integer("actions", 8_000);
        int[] concurrencies = Arrays.stream(options.text("clients", "8,50").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int suspects = options.integer("suspects-per-case", 3);
        int warmup = options.integer("warmup", 800);
        Duration poll = Duration.ofMillis(options.integer("poll-ms", 10));

        List<String> properties = new ArrayList<>(List.of("harmsway.sign-in.token-lifetime=PT12H"));
        properties.addAll(options.applicationProperties());
        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, properties.toArray(String[]::new))) {
            Clock clock = app.bean("clock", Clock.class);
            CaseActions shapes = new CaseActions(app.bean(CommandGateway.class), clock, suspects);
            ObjectMapper axonJson = app.bean("defaultAxonObjectMapper", ObjectMapper.class);
            PlainInserts plain = new PlainInserts(database, shapes.storedPayloads(axonJson), shapes.storedMetaData(axonJson));
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Backlog backlog = new Backlog(jdbc);
            String token = new HttpLoad(app.port()).token("ivy", "ivy-demo");
            HttpActions http = new HttpActions(app.port(), token, suspects, clock.instant().minus(Duration.ofHours(2)));
            int caseCount = actions / http.actionsPerCase();

            System.out.printf("HTTP benchmark: %,d actions (%,d cases of %d) per round, clients %s, %d cores%n",
                    caseCount * http.actionsPerCase(), caseCount, http.actionsPerCase(), Arrays.toString(concurrencies),
                    Runtime.getRuntime().availableProcessors());
            try (TimelineWatch watch = new TimelineWatch(jdbc, http.actionsPerCase(),
                    List.of("ReferralReceived", "SuspectIdentified"), poll)) {
                int warmupCases = warmup / http.actionsPerCase();
                new Clients(concurrencies[0]).run(warmupCases, (client, n) -> http.record(watch::answered));
                plain.run(warmupCases, concurrencies[0]);
                watch.awaitAllSeen(Duration.ofMinutes(5));
                backlog.awaitCaughtUp(Duration.ofMinutes(5));
                watch.latenciesAndReset();
                http.answerTimesAndReset();
                http.statusesAndReset();

                for (int clients : concurrencies) {
                    round(clients, caseCount, plain, http, watch, backlog);
                }
            }
        }
        // Axon leaves a non-daemon housekeeping thread behind; the benchmark is over.
        System.exit(0);
    }

    private static void round(int clients, int caseCount, PlainInserts plain, HttpActions http, TimelineWatch watch,
                              Backlog backlog) throws Exception {
        System.out.printf("%n%d clients (load average %s)%n", clients, LoadAverage.now());
        Rate plainRate = plain.run(caseCount, clients);
        System.out.println("  plain JDBC, one row per transaction:   " + plainRate);
        Rate httpRate = new Clients(clients).run(caseCount, (client, n) -> http.record(watch::answered));
        long lastAnswer = System.nanoTime();
        System.out.println("  HTTP, bearer token, POST per action:   " + httpRate);
        Duration timelineCaughtUp = watch.awaitAllSeen(Duration.ofMinutes(10));
        Map<String, Duration> each = backlog.awaitEachCaughtUp(lastAnswer, Duration.ofMinutes(10));
        long caughtUpAfter = System.nanoTime() - lastAnswer;
        System.out.printf("  ratio HTTP / plain JDBC: %.2f%n", httpRate.ratioTo(plainRate));
        System.out.println("  answer times:         " + Percentiles.of(http.answerTimesAndReset())
                + ", statuses " + http.statusesAndReset());
        System.out.println("  answer to timeline:   " + Percentiles.of(watch.latenciesAndReset())
                + " (aim: p99 under 500 ms)");
        System.out.printf("  timeline complete %.2f s after the last answer; every processor caught up %.2f s after"
                + " it (aim: within 1 s)%n", timelineCaughtUp.toNanos() / 1e9, caughtUpAfter / 1e9);
        StringBuilder byProcessor = new StringBuilder();
        each.forEach((name, after) -> byProcessor.append(String.format(" %s %.2f s;", name, after.toNanos() / 1e9)));
        System.out.println("  caught up, by processor:" + byProcessor);
        System.out.println("  (load average " + LoadAverage.now() + ")");
    }
}
