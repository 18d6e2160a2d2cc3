package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The limit to compare the sweep's own rate with: the same row work in plain JDBC, in batches of
 * the sweep's size, one transaction each. Lock the due clocks ({@code FOR UPDATE SKIP LOCKED}, in
 * order of their next moment of attention, as the sweep does), update each (breached, next
 * attention a day on) and insert one event row per clock into a copy of the event table (same
 * columns and indexes) holding a stored breach's payload and metadata (the real size), with JDBC
 * batching. No decision, no serialisation, no event bus: only what the database must do.
 */
final class PlainSweep {

    private static final String RECORDED_AT = Instant.parse("2026-03-02T09:00:00.123456Z").toString();

    private final ScratchDatabase database;
    private final String payloadType;
    private final byte[] payload;
    private final byte[] metaData;

    /** {@code payload} and {@code metaData} are one stored breach's, copied for each row. */
    PlainSweep(ScratchDatabase database, String payloadType, byte[] payload, byte[] metaData) throws SQLException {
        this.database = database;
        this.payloadType = payloadType;
        this.payload = payload;
        this.metaData = metaData;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists plain_sweep_event");
            statement.execute("create table plain_sweep_event (like domain_event_entry including all)");
        }
    }

    /** Raises every clock due at {@code now}, {@code batchSize} per transaction; answers how many and how fast. */
    Rate run(Instant now, int batchSize) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long total = 0;
            int handled;
            do {
                handled = batch(connection, now, batchSize);
                connection.commit();
                total += handled;
            } while (handled == batchSize);
            return new Rate(total, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private int batch(Connection connection, Instant now, int batchSize) throws SQLException {
        List<Object[]> due = new ArrayList<>(batchSize);
        try (PreparedStatement lock = connection.prepareStatement("""
                select clock_id, case_id, due_at from sla_clock where next_attention_at <= ?
                order by next_attention_at limit ? for update skip locked""")) {
            lock.setTimestamp(1, Timestamp.from(now));
            lock.setInt(2, batchSize);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    due.add(new Object[] {rows.getObject(1), rows.getString(2), rows.getTimestamp(3)});
                }
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update sla_clock set breached_at = ?, next_attention_at = ? where clock_id = ?""");
             PreparedStatement insert = connection.prepareStatement("""
                insert into plain_sweep_event (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, 0, null, ?, ?, null, ?, ?)""")) {
            Timestamp breachedAt = Timestamp.from(now);
            for (Object[] clock : due) {
                update.setTimestamp(1, breachedAt);
                update.setTimestamp(2, Timestamp.from(((Timestamp) clock[2]).toInstant().plus(Duration.ofDays(1))));
                update.setObject(3, clock[0]);
                update.addBatch();
                String eventId = UUID.randomUUID().toString();
                insert.setString(1, eventId);
                insert.setString(2, eventId);
                insert.setString(3, RECORDED_AT);
                insert.setString(4, payloadType);
                insert.setBytes(5, payload);
                insert.setBytes(6, metaData);
                insert.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
        }
        return due.size();
    }
}
