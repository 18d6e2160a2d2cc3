package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * A national year in a 512 MB heap. In its own scratch database: the schema (one boot of the
 * application, which also makes the processors' tokens), then, generated in the server
 * ({@code generate_series}), {@code cases × events-per-case} stored events (a case note's size, a
 * payload type no processor reads) and {@code open-clocks} running clocks of which {@code due} are
 * due; the processors' tokens are moved to the head, so they start there instead of replaying (the
 * demo's own events, recorded at the first boot, are skipped with them: their read models stay partial).
 * Then the application in a JVM of its own with {@code -Xmx512m}: its start-up time, a periodic sweep
 * raising the due clocks, reads (the case list, a team's inbox, a case's timeline) and writes (cases
 * opened over HTTP), an operator's rebuild of one read model from the whole store (over HTTP), and the
 * heap after a full GC ({@code jcmd <pid> GC.run}, {@code GC.heap_info}, the largest classes).
 * Run it with {@code bench/national-year [--cases=70000] [--events-per-case=200] [--open-clocks=1000000]
 * [--due=2000] [--heap=512m] [--rebuild=timeline]}.
 */
public final class NationalYearBenchmark {

    private static final int CASES_PER_STATEMENT = 1_000;

    private NationalYearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int cases = options.integer("cases", 70_000);
        int eventsPerCase = options.integer("events-per-case", 200);
        int openClocks = options.integer("open-clocks", 1_000_000);
        int due = options.integer("due", 2_000);
        String rebuilt = options.text("rebuild", "timeline");
        String heap = "-Xmx" + options.text("heap", "512m");
        System.out.printf("national year: %,d cases x %d events, %,d open clocks (%,d due), heap %s; load average %s%n",
                cases, eventsPerCase, openClocks, due, heap, LoadAverage.now());

        try (ScratchDatabase database = ScratchDatabase.forBenchmark()) {
            try (RunningApplication schema = new RunningApplication(database, "harmsway.sla.sweep-interval=1h")) {
                // Only the tokens are wanted (they are moved to the head below), not the demo's events handled.
                Backlog backlog = new Backlog(schema.bean(JdbcTemplate.class));
                List<String> processors = schema.bean(EventProcessingConfiguration.class).eventProcessors().values()
                        .stream().filter(StreamingEventProcessor.class::isInstance).map(EventProcessor::getName).toList();
                await().atMost(Duration.ofMinutes(5)).until(() -> backlog.segments().keySet().containsAll(processors));
            }
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(database.connect(), true));
            long start = System.nanoTime();
            generateEvents(jdbc, cases, eventsPerCase);
            System.out.printf("events generated: %,d in %.0f s%n",
                    jdbc.queryForObject("select count(*) from domain_event_entry", Long.class), seconds(start));
            start = System.nanoTime();
            ClockRows clocks = new ClockRows(jdbc);
            clocks.addNotDue(openClocks - due, Instant.now());
            clocks.analyze();
            System.out.printf("clocks generated: %,d open in %.0f s; load average %s%n", clocks.open(), seconds(start),
                    LoadAverage.now());
            moveTokensToHead(jdbc);

            start = System.nanoTime();
            try (SecondNode node = SecondNode.start(database, heap, List.of("harmsway.sla.sweep-interval=10s"))) {
                System.out.printf("start-up with %s: %.1f s (pid %d)%n", heap, seconds(start), node.pid());
                clocks.addDue(due, Instant.now());
                long sweepStart = System.nanoTime();
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                        .until(() -> breached(jdbc) >= due);
                System.out.printf("sweep: %,d due clocks breached %.1f s after they were added (sweep every 10 s)%n",
                        breached(jdbc), seconds(sweepStart));
                readsAndWrites(node.port());
                rebuild(node.port(), rebuilt);
                System.out.println("heap after a full GC:");
                System.out.println(jcmd(node.pid(), "GC.run"));
                System.out.println(jcmd(node.pid(), "GC.heap_info"));
                System.out.println("what the heap holds (the largest classes):");
                System.out.println(jcmd(node.pid(), "GC.class_histogram").lines().limit(18)
                        .collect(Collectors.joining(System.lineSeparator())));
                System.out.println("load average " + LoadAverage.now());
            }
        }
        System.exit(0);
    }

    private static void readsAndWrites(int port) throws Exception {
        HttpLoad http = new HttpLoad(port);
        String ivy = http.token("ivy", "ivy-demo");
        String sam = http.token("sam", "sam-demo");
        HttpActions writes = new HttpActions(port, ivy, 2, Instant.now().minus(Duration.ofDays(1)));
        String[] lastCase = new String[1];
        long start = System.nanoTime();
        int written = 0;
        for (int i = 0; i < 5; i++) {
            written += writes.record((caseId, action) -> lastCase[0] = caseId);
        }
        System.out.printf("writes: %d actions over HTTP in %.2f s, statuses %s%n", written, seconds(start),
                writes.statusesAndReset());
        read(http, "case list", http.bearer("/api/cases", ivy));
        read(http, "inbox of team north", http.bearer("/api/teams/north/inbox", sam));
        read(http, "timeline of " + lastCase[0], http.bearer("/api/cases/" + lastCase[0] + "/timeline", ivy));
    }

    /** An operator rebuilds one read model from the whole store over HTTP, beside the copy served. */
    private static void rebuild(int port, String group) throws Exception {
        HttpLoad http = new HttpLoad(port);
        String oli = http.token("oli", "oli-demo");
        String path = "/api/ops/read-models/" + group + "/rebuild";
        long start = System.nanoTime();
        System.out.printf("rebuild of %s asked: %s%n", group, http.body(http.postBearer(path, oli)));
        String[] status = {""};
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(5)).until(() -> {
            status[0] = http.body(http.bearer(path, oli));
            return status[0].contains("\"state\":\"DONE\"") || status[0].contains("\"state\":\"FAILED\"");
        });
        System.out.printf("rebuild of %s finished in %.0f s: %s%n", group, seconds(start), status[0]);
    }

    private static void read(HttpLoad http, String what, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        int status = http.send(request);
        System.out.printf("read %s: %d in %.0f ms%n", what, status, (System.nanoTime() - start) / 1e6);
    }

    /** Events of a note's size for each case, 1,000 cases a statement; no processor reads their type. */
    private static void generateEvents(JdbcTemplate jdbc, int cases, int eventsPerCase) {
        for (int first = 1; first <= cases; first += CASES_PER_STATEMENT) {
            jdbc.update("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    select gen_random_uuid()::text, 'national-' || i, j, 'CaseFile', '2026-03-02T09:00:00.123456Z',
                           'io.harmsway.benchmark.GeneratedEntry', null,
                           convert_to('{"caseId":"national-' || i || '","entry":' || j || ',"note":"'
                                      || repeat('n', 300) || '","occurredAt":"2026-03-02T09:00:00Z"}', 'UTF8'),
                           convert_to('{"actor":"ivy","team":"north"}', 'UTF8')
                    from generate_series(?, ?) i, generate_series(0, ? - 1) j""",
                    first, Math.min(cases, first + CASES_PER_STATEMENT - 1), eventsPerCase);
        }
        jdbc.execute("analyze domain_event_entry");
    }

    /** Every processor's token at the last stored event, as if it had handled them all. */
    private static void moveTokensToHead(JdbcTemplate jdbc) {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        int moved = jdbc.update("""
                update token_entry set token = convert_to(
                    case when jsonb_exists(t, 'gaps') then jsonb_set(jsonb_set(t, '{index}', to_jsonb(?::bigint)), '{gaps}', '[]'::jsonb)
                         else jsonb_set(t, '{index}', to_jsonb(?::bigint)) end::text, 'UTF8')
                from (select processor_name as p, segment as s, convert_from(token, 'UTF8')::jsonb as t
                      from token_entry where token is not null) old
                where processor_name = old.p and segment = old.s""", head, head);
        // A segment that never handled an event has no token yet, which would mean "from the start".
        moved += jdbc.update("""
                update token_entry set token = convert_to('{"index":' || ?::bigint || ',"gaps":[]}', 'UTF8'),
                    token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken'
                where token is null""", head);
        System.out.printf("processors' tokens moved to the head (%,d): %d segments%n", head, moved);
    }

    private static long breached(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from sla_clock where breached_at is not null", Long.class);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.trim();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
