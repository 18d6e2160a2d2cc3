package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Many clients writing to the same cases at once over real HTTP, then a check of what was stored:
 * {@code --clients} clients send {@code --actions-per-client} notes each, spread over {@code --cases}
 * cases (request n goes to case n mod cases, so every case is written by many clients at the same
 * moment). Each note's text is its request id. Afterwards, in the database: no case with a missing
 * or duplicate sequence number, every 2xx stored exactly once and nothing stored that was not
 * answered 2xx, every stored event of each case in its timeline. Exits 1 if any check fails. Run it with
 * {@code bench/concurrency [--clients=50] [--actions-per-client=100] [--cases=100] [--app.<property>=<value> ...]}.
 */
public final class ConcurrencyBenchmark {

    private ConcurrencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int clients = options.integer("clients", 50);
        int actions = clients * options.integer("actions-per-client", 100);
        int caseCount = options.integer("cases", 100);
        List<String> properties = new ArrayList<>(List.of("harmsway.sign-in.token-lifetime=PT12H"));
        properties.addAll(options.applicationProperties());
        boolean passed;
        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, properties.toArray(String[]::new))) {
            String token = new HttpLoad(app.port()).token("ivy", "ivy-demo");
            HttpActions http = new HttpActions(app.port(), token, 0,
                    app.bean("clock", Clock.class).instant().minus(Duration.ofHours(2)));
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < caseCount; i++) {
                cases.add(http.open());
            }
            http.answerTimesAndReset();
            http.statusesAndReset();
            System.out.printf("concurrency: %,d notes from %d clients over %d cases, settings %s (load average %s)%n",
                    actions, clients, caseCount, options.applicationProperties(), LoadAverage.now());

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Rate rate = new Clients(clients).run(actions, (client, n) -> {
                String requestId = "request " + n;
                if (http.note(cases.get(n % caseCount), requestId) / 100 == 2) {
                    acknowledged.add(requestId);
                    return 1;
                }
                return 0;
            });
            System.out.println("  answers: " + rate + ", by status " + http.statusesAndReset());
            System.out.println("  answer times: " + Percentiles.of(http.answerTimesAndReset()));

            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            new Backlog(jdbc).awaitCaughtUp(Duration.ofMinutes(10));
            StoreChecks checks = new StoreChecks(jdbc);
            Map<String, Long> stored = checks.storedNotes();
            long brokenSequences = checks.casesWithBrokenSequences(cases);
            long lost = StoreChecks.lost(acknowledged, stored);
            long twice = StoreChecks.storedTwice(stored);
            long unacknowledged = StoreChecks.storedUnacknowledged(acknowledged, stored);
            long incomplete = checks.incompleteTimelines(cases);
            System.out.printf("  cases with a missing or duplicate sequence number: %d%n", brokenSequences);
            System.out.printf("  2xx %,d, stored notes %,d: 2xx not stored %d, stored twice %d, stored without a 2xx %d%n",
                    acknowledged.size(), stored.size(), lost, twice, unacknowledged);
            System.out.printf("  cases with a stored event missing from their timeline: %d%n", incomplete);
            if (incomplete > 0) {
                System.out.println("  e.g. case " + cases.get(0) + ": " + checks.describe(cases.get(0)));
            }
            passed = brokenSequences + lost + twice + unacknowledged + incomplete == 0;
            System.out.println(passed ? "PASSED" : "FAILED");
            System.out.println("  (load average " + LoadAverage.now() + ")");
        }
        // Axon leaves a non-daemon housekeeping thread behind; the benchmark is over.
        System.exit(passed ? 0 : 1);
    }
}
