package io.harmsway.ops.benchmark;

import io.harmsway.audit.api.StoreVerification;
import io.harmsway.audit.api.VerificationReport;
import io.harmsway.audit.seal.EventRows;
import io.harmsway.audit.seal.SealingLoop;
import io.harmsway.audit.seal.StoredEvent;
import io.harmsway.ops.support.ScratchDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * {@code verify} over a store of a million events, against a plain sequential read of the same
 * rows in the same run: the same pages by key ({@code global_index > ? order by global_index
 * limit ?}), every column fetched and touched, nothing hashed. The rows are written straight into
 * the store (events of the size real ones have) with the processors and the sealer stopped, then
 * sealed by the application's own sealer, whose rate is printed as well. Run it with
 * {@code bench/verify [--events=1000000] [--page=2000]}.
 */
public final class VerifyBenchmark {

    private VerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int events = options.integer("events", 1_000_000);
        int page = options.integer("page", 2_000);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "harmsway.audit.seal-head-interval=1m",
                     "harmsway.audit.verify-page-size=" + page, "harmsway.sla.sweep-interval=1h")) {
            app.bean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            System.out.printf("verify benchmark: %,d events, pages of %,d, %d cores%n", events, page,
                    Runtime.getRuntime().availableProcessors());

            SealingLoop sealing = app.bean(SealingLoop.class);
            sealing.stop();
            long writeStart = System.nanoTime();
            write(database, events);
            System.out.println("written straight into the store: " + new Rate(events, since(writeStart)));
            long sealStart = System.nanoTime();
            sealing.start();
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    jdbc.queryForObject("select count(*) from audit_seal", Long.class) >= events);
            System.out.println("sealed by the application's sealer: " + new Rate(events, since(sealStart)));
            jdbc.execute("vacuum analyze domain_event_entry");
            jdbc.execute("vacuum analyze audit_seal");

            StoreVerification verification = app.bean(StoreVerification.class);
            plainRead(jdbc, page);
            verification.verify(null);
            Rate plain = plainRead(jdbc, page);
            System.out.println("plain sequential read of the rows: " + plain);
            long verifyStart = System.nanoTime();
            VerificationReport report = verification.verify(null);
            Rate verify = new Rate(report.eventsRead(), since(verifyStart));
            System.out.println("verify (leaves, chain, tree, seals, signed heads): " + verify + (report.intact()
                    ? ", intact" : ", NOT intact: " + report.firstBadEvent()));
            System.out.printf("ratio verify / plain read: %.2f%n", verify.ratioTo(plain));
        }
        System.exit(0);
    }

    /** Reads every row a page at a time by key, as the verifier does, and touches every column. */
    private static Rate plainRead(JdbcTemplate jdbc, int page) {
        EventRows rows = new EventRows(jdbc);
        long start = System.nanoTime();
        long count = 0;
        long bytes = 0;
        long after = Long.MIN_VALUE;
        for (List<StoredEvent> batch = rows.after(after, page); !batch.isEmpty(); batch = rows.after(after, page)) {
            for (StoredEvent event : batch) {
                bytes += event.leaf().payload().length + event.leaf().eventIdentifier().length();
                count++;
            }
            after = batch.get(batch.size() - 1).globalIndex();
        }
        if (bytes == 0) {
            throw new IllegalStateException("nothing read");
        }
        return new Rate(count, since(start));
    }

    /** Events of a real case event's size, in cases of four, 1,000 rows a transaction. */
    private static void write(ScratchDatabase database, int events) throws Exception {
        String metadata = "{\"actor\":\"ivy\",\"receivedAt\":\"2026-03-02T09:00:00.123456Z\",\"correlationId\":\"%s\","
                + "\"traceId\":\"%s\"}";
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                values (?, ?, ?, 'CaseFile', ?, 'io.harmsway.cases.api.SuspectIdentified', '1', ?, ?)""")) {
            connection.setAutoCommit(false);
            String caseId = null;
            for (int n = 0; n < events; n++) {
                if (n % 4 == 0) {
                    caseId = UUID.randomUUID().toString();
                }
                String recorded = Instant.parse("2026-03-02T09:00:00Z").plusMillis(n).toString();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, caseId);
                insert.setLong(3, n % 4);
                insert.setString(4, recorded);
                insert.setBytes(5, ("{\"caseId\":\"" + caseId + "\",\"suspectId\":\"suspect-" + (n % 4)
                        + "\",\"hasAccessToChildren\":false,\"occurredAt\":\"" + recorded + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
                insert.setBytes(6, metadata.formatted(UUID.randomUUID(), UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
                insert.addBatch();
                if (n % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
