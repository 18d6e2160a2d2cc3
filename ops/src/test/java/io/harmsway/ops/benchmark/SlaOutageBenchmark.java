package io.harmsway.ops.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.ScratchDatabase;
import io.harmsway.sla.SlaProperties;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.clock.SlaSweep;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * After an outage, N clocks are overdue at once. How fast are they raised: by the product's sweep
 * ({@link SlaSweep#sweepDue()}, batches under {@code FOR UPDATE SKIP LOCKED}), and, for the same
 * clocks in the same run, by one Quartz trigger per deadline through Axon's QuartzDeadlineManager,
 * each deadline applying an event to its aggregate. Run it with
 * {@code bench/sla-outage [--overdue=20000] [--quartz-threads=8] [--quartz-batch=8] [--quartz-max-seconds=60]}
 * {@code [--quartz-misfire-threshold-ms=60000] [--quartz=off]} (Quartz's default: a trigger later than that is a
 * misfire; {@code --quartz=off} leaves Quartz out). The sweep's own rate is set against plain JDBC
 * doing the same row work for as many clocks in the same run ({@link PlainSweep}).
 * Quartz is slow: when it has not raised them all within the limit, its rate is taken over what it
 * raised by then.
 */
public final class SlaOutageBenchmark {

    private SlaOutageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int overdue = options.integer("overdue", 20_000);
        int quartzThreads = options.integer("quartz-threads", 8);
        int quartzBatch = options.integer("quartz-batch", 8);
        int quartzMaxSeconds = options.integer("quartz-max-seconds", 60);
        long misfireThresholdMs = options.integer("quartz-misfire-threshold-ms", 60_000);
        boolean quartzToo = !options.text("quartz", "on").equals("off");

        ConfigurerModule overdueClocks = configurer ->
                configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(OverdueClock.class));
        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, Map.of("overdueClockAggregate", overdueClocks),
                     "harmsway.sla.sweep-interval=1h")) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            SlaSweep sweep = app.bean(SlaSweep.class);
            Clock clock = app.bean("clock", Clock.class);
            ClockRows clocks = new ClockRows(jdbc);
            Backlog backlog = new Backlog(jdbc);
            int sweepBatchSize = app.bean(SlaProperties.class).sweepBatchSize();
            System.out.printf("SLA outage benchmark: %,d overdue clocks; Quartz with %d threads, %d triggers per acquisition%n",
                    overdue, quartzThreads, quartzBatch);

            clocks.addDue(2_000, clock.instant());
            sweep.sweepDue();
            clocks.closeBreached();
            backlog.awaitCaughtUp(Duration.ofMinutes(5));

            clocks.addDue(overdue, clock.instant());
            long start = System.nanoTime();
            int raised = sweep.sweepDue();
            Rate sweepRate = new Rate(raised, Duration.ofNanos(System.nanoTime() - start));
            System.out.println("product sweep (batches of " + sweepBatchSize + "):             " + sweepRate
                    + "; load average " + LoadAverage.now());
            backlog.awaitCaughtUp(Duration.ofMinutes(5));

            List<Map<String, Object>> swept = jdbc.queryForList("""
                    select clock_id::text as id, due_at from sla_clock where breached_at is not null and state = 'OPEN'""");
            Rate plainRate = plainSweep(database, jdbc, clocks, clock.instant(), overdue, sweepBatchSize);
            System.out.println("plain JDBC, same row work (batches of " + sweepBatchSize + "): " + plainRate);
            System.out.printf("ratio sweep / plain JDBC: %.2f (aim: at least 0.5); load average %s%n",
                    sweepRate.ratioTo(plainRate), LoadAverage.now());
            if (quartzToo) {
                Rate quartzRate = quartz(app, jdbc, swept, quartzThreads, quartzBatch, misfireThresholdMs, quartzMaxSeconds);
                System.out.println("Quartz, one trigger per deadline:    " + quartzRate);
                System.out.printf("ratio sweep / Quartz: %.1f (aim: at least 10)%n", sweepRate.ratioTo(quartzRate));
            }
        }
        System.exit(0);
    }

    /** The same number of clocks, due now, raised by plain JDBC doing the sweep's row work ({@link PlainSweep}). */
    private static Rate plainSweep(ScratchDatabase database, JdbcTemplate jdbc, ClockRows clocks, Instant now,
                                   int overdue, int batchSize) throws Exception {
        Map<String, Object> breach = jdbc.queryForMap("""
                select payload_type, payload, meta_data from domain_event_entry
                where payload_type = ? order by global_index desc limit 1""", SlaClockBreached.class.getName());
        PlainSweep plain = new PlainSweep(database, (String) breach.get("payload_type"), (byte[]) breach.get("payload"),
                (byte[]) breach.get("meta_data"));
        clocks.addDue(overdue, now);
        return plain.run(now, batchSize);
    }

    private static Rate quartz(RunningApplication app, JdbcTemplate jdbc, List<Map<String, Object>> clocks,
                               int threads, int batch, long misfireThresholdMs, int maxSeconds) throws Exception {
        openAggregates(jdbc, app.bean("defaultAxonObjectMapper", ObjectMapper.class), clocks);
        try (QuartzDeadlines quartz = new QuartzDeadlines(app.bean(DataSource.class), app.bean(Configuration.class),
                threads, batch, misfireThresholdMs)) {
            // Quartz's Spring job store joins the caller's transaction; 500 deadlines per transaction
            // keep the set-up short (scheduling is not what is measured).
            TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
            int perTransaction = 500;
            Rate scheduling = new Clients(2).run((clocks.size() + perTransaction - 1) / perTransaction, (client, n) -> {
                List<Map<String, Object>> some =
                        clocks.subList(n * perTransaction, Math.min(clocks.size(), (n + 1) * perTransaction));
                transaction.executeWithoutResult(status -> some.forEach(clock ->
                        quartz.schedule((String) clock.get("id"), ((Timestamp) clock.get("due_at")).toInstant())));
                return some.size();
            });
            System.out.println("Quartz deadlines scheduled (" + perTransaction + " per transaction): " + scheduling);
            long start = System.nanoTime();
            quartz.start();
            Duration limit = Duration.ofSeconds(maxSeconds);
            try {
                await().atMost(limit).pollInterval(Duration.ofMillis(250)).until(() -> raised(jdbc) >= clocks.size());
            } catch (ConditionTimeoutException stillRaising) {
                System.out.printf("Quartz had raised %,d of %,d after %d s; its rate is taken over those%n",
                        raised(jdbc), clocks.size(), maxSeconds);
            }
            return new Rate(raised(jdbc), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static long raised(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?", Long.class,
                OverdueClock.Raised.class.getName());
    }

    /** Each clock's aggregate, opened by its first event, written straight into the event store in batches. */
    private static void openAggregates(JdbcTemplate jdbc, ObjectMapper axonJson, List<Map<String, Object>> clocks) {
        String recordedAt = Instant.parse("2026-03-02T09:00:00.123Z").toString();
        jdbc.batchUpdate("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                values (gen_random_uuid()::text, ?, 0, ?, ?, ?, null, ?, ?)""",
                clocks, 1_000, (statement, clock) -> {
                    String id = (String) clock.get("id");
                    statement.setString(1, id);
                    statement.setString(2, OverdueClock.class.getSimpleName());
                    statement.setString(3, recordedAt);
                    statement.setString(4, OverdueClock.Opened.class.getName());
                    statement.setBytes(5, json(axonJson, new OverdueClock.Opened(id)));
                    statement.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
                });
    }

    private static byte[] json(ObjectMapper axonJson, Object event) {
        try {
            return axonJson.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event, e);
        }
    }
}
