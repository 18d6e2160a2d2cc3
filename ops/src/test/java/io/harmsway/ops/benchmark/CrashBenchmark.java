package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.Postgres;
import io.harmsway.ops.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * The application killed with {@code kill -9} under load, again and again, and restarted each time:
 * the node runs in a JVM of its own ({@link SecondNode}); {@code --clients} clients open cases and add
 * notes over HTTP all the while (a request that finds the node down is not acknowledged and is sent
 * again, as a new request, once the node is back). The cases are referred ten days in the past, so
 * each clock they start is already overdue and the sweep (every {@code --sweep-seconds}) raises its
 * breach while the kills go on. After the last restart the load stops and, once the processors and
 * the sweep are done: no acknowledged note lost, none stored twice, each case's sequence without gap
 * or duplicate, and exactly one breach per overdue clock. Exits 1 if any check fails. Run it with
 * {@code bench/crash [--kills=10] [--clients=8] [--run-seconds=5] [--sweep-seconds=2]}.
 */
public final class CrashBenchmark {

    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int kills = options.integer("kills", 10);
        int clientCount = options.integer("clients", 8);
        Duration run = Duration.ofSeconds(options.integer("run-seconds", 5));
        List<String> properties = new ArrayList<>(List.of("harmsway.sign-in.token-lifetime=PT12H",
                "harmsway.sla.sweep-interval=" + options.integer("sweep-seconds", 2) + "s"));
        properties.addAll(options.applicationProperties());
        boolean passed;
        try (ScratchDatabase database = ScratchDatabase.forBenchmark()) {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(),
                    Postgres.OWNER.user(), Postgres.OWNER.password()));
            Instant referredAt = Instant.now().minus(Duration.ofDays(10));
            Load load = new Load(referredAt);
            SecondNode node = SecondNode.start(database, properties);
            load.token = new HttpLoad(node.port()).token("ivy", "ivy-demo");
            load.target(node.port());
            System.out.printf("crash: %d kills, %d clients, %s of load between kills, settings %s (load average %s)%n",
                    kills, clientCount, run, properties, LoadAverage.now());
            List<Thread> clients = load.start(clientCount);
            List<Long> restarts = new ArrayList<>();
            for (int kill = 1; kill <= kills; kill++) {
                int before = load.acknowledged.size();
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                        .until(() -> load.acknowledged.size() > before);
                Thread.sleep(run.toMillis()); // the load's own running time between kills, not a wait for an outcome
                node.kill();
                long down = System.nanoTime();
                node = SecondNode.start(database, properties);
                restarts.add((System.nanoTime() - down) / 1_000_000);
                load.target(node.port());
                System.out.printf("  kill %d: %,d acknowledged so far; restarted in %,d ms (load average %s)%n",
                        kill, load.acknowledged.size(), restarts.get(restarts.size() - 1), LoadAverage.now());
            }
            int before = load.acknowledged.size();
            await().atMost(Duration.ofMinutes(5)).until(() -> load.acknowledged.size() > before);
            load.stop(clients);

            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> new Backlog(jdbc).behind() == 0 && unraisedOverdue(jdbc) == 0);
            StoreChecks checks = new StoreChecks(jdbc);
            Map<String, Long> stored = checks.storedNotes();
            long lost = StoreChecks.lost(load.acknowledged, stored);
            long twice = StoreChecks.storedTwice(stored);
            long unacknowledged = StoreChecks.storedUnacknowledged(load.acknowledged, stored);
            long broken = checks.casesWithBrokenSequences(load.cases);
            long overdue = jdbc.queryForObject("select count(*) from sla_clock where due_at < now()", Long.class);
            long breaches = jdbc.queryForObject(BREACHES, Long.class);
            long breachedTwice = jdbc.queryForObject("select count(*) from (" + BREACHES_BY_CLOCK
                    + " having count(*) > 1) twice", Long.class);
            long unbreached = unraisedOverdue(jdbc);
            node.close();

            System.out.printf("  %d kills; restarts took %s ms; %,d cases opened, %,d notes acknowledged, %,d requests"
                            + " failed while the node was down%n", kills, restarts, load.cases.size(),
                    load.acknowledged.size(), load.failed.get());
            System.out.printf("  acknowledged but lost %d, stored twice %d, stored without an acknowledgement %d"
                    + " (requests in flight at a kill), cases with a broken sequence %d%n", lost, twice, unacknowledged, broken);
            System.out.printf("  overdue clocks %,d, breaches %,d: clocks breached twice %d, overdue clocks not breached %d%n",
                    overdue, breaches, breachedTwice, unbreached);
            passed = lost + twice + broken + breachedTwice + unbreached == 0 && breaches == overdue;
            System.out.println(passed ? "PASSED" : "FAILED");
            System.out.println("  (load average " + LoadAverage.now() + ")");
        }
        System.exit(passed ? 0 : 1);
    }

    private static final String BREACHES_BY_CLOCK = """
            select convert_from(payload, 'UTF8')::jsonb ->> 'clockId' from domain_event_entry
            where payload_type = 'io.harmsway.sla.api.SlaClockBreached' group by 1""";
    private static final String BREACHES =
            "select count(*) from domain_event_entry where payload_type = 'io.harmsway.sla.api.SlaClockBreached'";

    /** Overdue clocks with no breach event stored. */
    private static long unraisedOverdue(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select count(*) from sla_clock c where c.due_at < now() and not exists (
                    select 1 from domain_event_entry e where e.payload_type = 'io.harmsway.sla.api.SlaClockBreached'
                    and convert_from(e.payload, 'UTF8')::jsonb ->> 'clockId' = c.clock_id::text)""", Long.class);
    }

    /** The clients: one case opened in ten requests, notes on a random open case otherwise. */
    private static final class Load {

        private final Instant referredAt;
        private final List<String> cases = new CopyOnWriteArrayList<>();
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private volatile String token;
        private volatile HttpActions http;
        private volatile boolean running = true;

        Load(Instant referredAt) {
            this.referredAt = referredAt;
        }

        void target(int port) {
            http = new HttpActions(port, token, 0, referredAt);
        }

        List<Thread> start(int count) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(this::send, "crash-client-" + i);
                thread.setDaemon(true); // a failed restart ends the benchmark, clients and all
                thread.start();
                threads.add(thread);
            }
            return threads;
        }

        void stop(List<Thread> threads) throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join();
            }
        }

        private void send() {
            while (running) {
                int n = requests.getAndIncrement();
                try {
                    if (n % 10 == 0 || cases.isEmpty()) {
                        String opened = http.open();
                        if (opened != null) {
                            cases.add(opened);
                        }
                    } else {
                        String text = "request " + n;
                        if (http.note(cases.get(ThreadLocalRandom.current().nextInt(cases.size())), text) / 100 == 2) {
                            acknowledged.add(text);
                        }
                    }
                } catch (IOException | InterruptedException down) {
                    failed.incrementAndGet();
                    try {
                        Thread.sleep(20); // a client's back-off while the node is down, not a wait for an outcome
                    } catch (InterruptedException stop) {
                        return;
                    }
                } catch (Exception unexpected) {
                    throw new IllegalStateException(unexpected);
                }
            }
        }
    }
}
