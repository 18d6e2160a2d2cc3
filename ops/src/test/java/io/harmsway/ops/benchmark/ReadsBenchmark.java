package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads under load over real HTTP: a case of {@code --events} events (a referral and notes), and
 * team north with {@code --open-cases} open cases; then {@code --readers} concurrent readers, each
 * sending {@code --reads} requests, of the case's timeline (investigator ivy), the team's case list
 * (ivy) and the team's inbox (supervisor sam), each with its bearer token. Prints each answer time's
 * percentiles (aim: p99 under 20 ms). Run it with
 * {@code bench/reads [--events=500] [--open-cases=1000] [--readers=50] [--reads=20]}.
 */
public final class ReadsBenchmark {

    private ReadsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int events = options.integer("events", 500);
        int openCases = options.integer("open-cases", 1_000);
        int readers = options.integer("readers", 50);
        int reads = options.integer("reads", 20);
        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.sign-in.token-lifetime=PT12H")) {
            HttpLoad load = new HttpLoad(app.port());
            String ivy = load.token("ivy", "ivy-demo");
            String sam = load.token("sam", "sam-demo");
            String longCase = ReadsDataSet.build(app, ivy, events, openCases,
                    app.bean("clock", Clock.class).instant().minus(Duration.ofHours(2)));
            new Backlog(app.bean(JdbcTemplate.class)).awaitCaughtUp(Duration.ofMinutes(10));
            System.out.printf("reads: a case of %d events, team north with %d open cases, %d readers x %d reads"
                    + " (load average %s)%n", events, openCases, readers, reads, LoadAverage.now());
            measure("timeline of the long case", load, load.bearer("/api/cases/" + longCase + "/timeline", ivy), readers, reads);
            measure("case list of team north", load, load.bearer("/api/cases?team=north", ivy), readers, reads);
            measure("inbox of team north", load, load.bearer("/api/teams/north/inbox", sam), readers, reads);
            System.out.println("  (load average " + LoadAverage.now() + ")");
        }
        System.exit(0);
    }

    private static void measure(String what, HttpLoad load, HttpRequest request, int readers, int reads) throws Exception {
        load.rate(readers, readers, request); // warm-up: one read per reader
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        List<Integer> refused = new ArrayList<>();
        Rate rate = new Clients(readers).run(readers * reads, (client, n) -> {
            long start = System.nanoTime();
            int status = load.send(request);
            times.add(System.nanoTime() - start);
            if (status != 200) {
                synchronized (refused) {
                    refused.add(status);
                }
            }
            return 1;
        });
        System.out.printf("  %s: %s, %s (aim p99 < 20 ms)%s%n", what, rate,
                Percentiles.of(times.stream().mapToLong(Long::longValue).toArray()),
                refused.isEmpty() ? "" : ", not 200: " + refused.subList(0, Math.min(5, refused.size())));
    }
}
