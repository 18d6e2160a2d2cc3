package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two application nodes on one database, each a JVM of its own, as a deployment behind a load balancer
 * runs them: clients
 * add notes over HTTP to a few shared cases, each client sending its requests to the two nodes in
 * turn, so each node's cached copy of a case is often stale (the other node appended to it since).
 * Counts the answers by status, and checks that every note answered 2xx is stored exactly once and
 * nothing else is. Run it with
 * {@code bench/two-nodes [--actions=3000] [--clients=16] [--cases=20] [--app.harmsway.commands.conflict-retries=0]}
 * (0: no retry of a stale node's conflict, as before).
 */
public final class TwoNodesBenchmark {

    private TwoNodesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int actions = options.integer("actions", 3_000);
        int clients = options.integer("clients", 16);
        int caseCount = options.integer("cases", 20);
        List<String> properties = new ArrayList<>(List.of("harmsway.sign-in.token-lifetime=PT12H"));
        properties.addAll(options.applicationProperties());
        String[] settings = properties.toArray(String[]::new);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication first = new RunningApplication(database, settings);
             SecondNode second = SecondNode.start(database, properties)) {
            Instant at = first.bean("clock", Clock.class).instant().minus(Duration.ofHours(1));
            String token = new HttpLoad(first.port()).token("ivy", "ivy-demo");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String[] nodes = {"http://127.0.0.1:" + first.port(), "http://127.0.0.1:" + second.port()};
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < caseCount; i++) {
                HttpResponse<String> opened = post(http, nodes[0], token, "/api/cases", """
                        {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH",
                         "reportedVia": "phone call to MASH", "reportedBy": "school", "physicalSymptoms": false,
                         "occurredAt": "%s"}""".formatted(at));
                String body = opened.body();
                int start = body.indexOf("\"id\":\"") + 6;
                cases.add(body.substring(start, body.indexOf('"', start)));
            }
            System.out.printf("two nodes on one database (ports %d, %d), settings %s: %,d notes over %d cases from %d"
                            + " clients, each client alternating nodes; load average %s%n", first.port(), second.port(),
                    options.applicationProperties(), actions, caseCount, clients, LoadAverage.now());

            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, Boolean> answeredOk = new ConcurrentHashMap<>();
            AtomicInteger[] turns = new AtomicInteger[clients];
            for (int i = 0; i < clients; i++) {
                turns[i] = new AtomicInteger(i);
            }
            Rate rate = new Clients(clients).run(actions, (client, n) -> {
                String caseId = cases.get(n % caseCount);
                String text = "note " + n;
                HttpResponse<String> answer = post(http, nodes[turns[client].getAndIncrement() % 2], token,
                        "/api/cases/" + caseId + "/notes", "{\"text\": \"" + text + "\", \"occurredAt\": \"" + at + "\"}");
                statuses.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                if (answer.statusCode() / 100 == 2) {
                    answeredOk.put(text, true);
                }
                return 1;
            });
            Map<Integer, Integer> counts = new TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.get()));
            int conflicts = counts.getOrDefault(409, 0);
            System.out.println("answers: " + rate + ", by status " + counts);
            System.out.printf("409 (case changed at the same moment): %.1f %% of writes%n", 100.0 * conflicts / actions);

            JdbcTemplate jdbc = first.bean(JdbcTemplate.class);
            List<String> stored = jdbc.queryForList("""
                    select convert_from(payload, 'UTF8')::jsonb ->> 'text' from domain_event_entry
                    where payload_type = 'io.harmsway.cases.api.NoteAdded'""", String.class);
            long duplicates = stored.size() - stored.stream().distinct().count();
            long notAnswered = stored.stream().filter(text -> !answeredOk.containsKey(text)).count();
            long missing = answeredOk.keySet().stream().filter(text -> !stored.contains(text)).count();
            System.out.printf("stored notes %,d: answered 2xx but not stored %d, stored twice %d, stored but not answered"
                    + " 2xx %d%n", stored.size(), missing, duplicates, notAnswered);
        }
        // Axon leaves a non-daemon housekeeping thread behind; the benchmark is over.
        System.exit(0);
    }

    private static HttpResponse<String> post(HttpClient http, String node, String token, String path, String json)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
