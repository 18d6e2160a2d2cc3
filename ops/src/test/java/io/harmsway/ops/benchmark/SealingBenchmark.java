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
 * alternating rounds (off, on, off, on...) so that drift in a shared machine falls on both.
 * Before each round the processors and the sealer have caught up, so a round pays for its own
 * events only. Run it with {@code bench/sealing [--actions=8000] [--rounds=2] [--clients=8]}.
 * Aim: with sealing at least 0.9 of the rate without.
 */
public final class SealingBenchmark {

    private SealingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int actions = options.integer("actions", 8_000);
        int rounds = options.integer("rounds", 2);
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
                quiet(backlog, jdbc);
                sealing.stop();
                Rate off = workers.run(caseCount, (client, n) -> cases.record(n));
                without.add(off);
                System.out.println("round " + round + ", sealing off: " + off);
                sealing.start();
                quiet(backlog, jdbc);
                Rate on = workers.run(caseCount, (client, n) -> cases.record(n));
                with.add(on);
                System.out.println("round " + round + ", sealing on:  " + on);
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
