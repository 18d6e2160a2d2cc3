package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.sla.clock.SlaSweep;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One SLA sweep that finds the same number of due clocks among few and among many running clocks:
 * the product's {@link SlaSweep#sweepDue()} in the real application, timed. Its cost should follow
 * the due clocks, not the running ones. Run it with
 * {@code bench/sla-sweep [--due=2000] [--small=10000] [--large=1000000] [--repeats=5] [--warmup=5]}.
 * The warm-up sweeps (same size, not timed) let the JIT compile the sweep before either size is timed.
 */
public final class SlaSweepBenchmark {

    private SlaSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int due = options.integer("due", 2_000);
        int small = options.integer("small", 10_000);
        int large = options.integer("large", 1_000_000);
        int repeats = options.integer("repeats", 5);
        int warmup = options.integer("warmup", 5);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.sla.sweep-interval=1h")) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            SlaSweep sweep = app.bean(SlaSweep.class);
            Clock clock = app.bean("clock", Clock.class);
            ClockRows clocks = new ClockRows(jdbc);
            Backlog backlog = new Backlog(jdbc);
            Sweeps sweeps = new Sweeps(sweep, clocks, clock, backlog, due);

            System.out.printf("SLA sweep benchmark: %,d due clocks among %,d and among %,d running clocks, %d sweeps each%n",
                    due, small, large, repeats);
            sweeps.time(warmup);
            clocks.addNotDue(small - due, clock.instant());
            clocks.analyze();
            List<Duration> few = sweeps.time(repeats);
            long fillStart = System.nanoTime();
            clocks.addNotDue(large - small, clock.instant());
            clocks.analyze();
            System.out.printf("filled to %,d running clocks in %.1f s%n", clocks.open() + due,
                    (System.nanoTime() - fillStart) / 1e9);
            List<Duration> many = sweeps.time(repeats);

            Duration fewMedian = median(few);
            Duration manyMedian = median(many);
            System.out.printf("sweep of %,d due among %,d running: %s ms (median %.0f ms)%n",
                    due, small, millis(few), fewMedian.toNanos() / 1e6);
            System.out.printf("sweep of %,d due among %,d running: %s ms (median %.0f ms)%n",
                    due, large, millis(many), manyMedian.toNanos() / 1e6);
            System.out.printf("ratio large / small: %.2f (aim: at most 1.2)%n",
                    manyMedian.toNanos() / (double) fewMedian.toNanos());
        }
        System.exit(0);
    }

    /** Each timed sweep finds exactly {@code due} fresh due clocks; the clocks it breaches are then closed. */
    private record Sweeps(SlaSweep sweep, ClockRows clocks, Clock clock, Backlog backlog, int due) {

        List<Duration> time(int times) {
            List<Duration> durations = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                clocks.addDue(due, clock.instant());
                long start = System.nanoTime();
                int handled = sweep.sweepDue();
                durations.add(Duration.ofNanos(System.nanoTime() - start));
                if (handled != due) {
                    throw new IllegalStateException("the sweep handled " + handled + " clocks, not " + due);
                }
                clocks.closeBreached();
                backlog.awaitCaughtUp(Duration.ofMinutes(5));
            }
            return durations;
        }
    }

    private static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(List<Duration> durations) {
        return String.join(", ", durations.stream().map(d -> String.format("%.0f", d.toNanos() / 1e6)).toList());
    }
}
