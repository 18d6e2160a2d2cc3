package io.harmsway.ops.benchmark;

import io.harmsway.audit.seal.SealingLoop;
import io.harmsway.ops.support.ScratchDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * What sealing costs the command path: actions recorded per second through the command gateway
 * with the sealer running and with it stopped, in the same run and the same application, in
 * rounds that alternate the order (off then on, then on then off) so that drift in a shared machine
 * falls on both alike.
 * Before each round the processors and the sealer have caught up, so a round pays for its own
 * events only. Run it with {@code bench/sealing [--actions=8000] [--rounds=4] [--clients=8]}.
 * Aim: with sealing at least 0.9 of the rate without.
 */
public final class SealingBenchmark {

    private SealingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int actions = options.integer("actions", 8_000);
        int rounds = options.integer("rounds", 4);
        int clients = options.integer("clients", 8);
        int warmup = options.integer("warmup", 2_000);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.audit.seal-head-interval=1m")) {
            CaseActions cases = new CaseActions(app.bean(CommandGateway.class), app.bean("clock", Clock.class), 3);
            SealingLoop sealing = app.bean(SealingLoop.class);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Backlog backlog = new Backlog(jdbc);
            Clients workers = new Clients(clients);
            int caseCount = actions / cases.actionsPerCase();
            System.out.printf("sealing benchmark: %,d actions a round, %d rounds each way, %d clients, %d cores%n",
                    caseCount * cases.actionsPerCase(), rounds, clients, Runtime.getRuntime().availableProcessors());

            workers.run(warmup / cases.actionsPerCase(), (client, n) -> cases.record(n));
            List<Rate> without = new ArrayList<>();
            List<Rate> with = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // Off then on, then on then off: whatever drifts during a pair falls on both alike.
                for (boolean on : round % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    quiet(backlog, jdbc);
                    if (!on) {
                        sealing.stop();
                    }
                    Rate rate = workers.run(caseCount, (client, n) -> cases.record(n));
                    (on ? with : without).add(rate);
                    System.out.println("round " + round + ", sealing " + (on ? "on:  " : "off: ") + rate);
                    if (!on) {
                        sealing.start();
                    }
                }
            }
            quiet(backlog, jdbc);
            Rate off = total(without);
            Rate on = total(with);
            System.out.println("sealing off, all rounds: " + off);
            System.out.println("sealing on, all rounds:  " + on);
            System.out.printf("ratio with sealing / without: %.3f (aim: at least 0.90)%n", on.ratioTo(off));
        }
        System.exit(0);
    }

    /** The processors and the sealer have handled every stored event. */
    private static void quiet(Backlog backlog, JdbcTemplate jdbc) {
        backlog.awaitCaughtUp(Duration.ofMinutes(10));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "select (select count(*) from domain_event_entry) = (select count(*) from audit_seal)", Boolean.class));
    }

    private static Rate total(List<Rate> rates) {
        return new Rate(rates.stream().mapToLong(Rate::count).sum(),
                rates.stream().map(Rate::elapsed).reduce(Duration.ZERO, Duration::plus));
    }
}
