package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The limit to compare the command path with: rows of the event table's shape (same columns, same
 * indexes, payloads of the same size), inserted with plain JDBC one row per transaction, each
 * client on a connection of its own.
 */
final class PlainInserts {

    /** Axon writes the recording time as ISO-8601 text; any such text of the same length will do. */
    private static final String RECORDED_AT = Instant.parse("2026-03-02T09:00:00.123456Z").toString();

    private final ScratchDatabase database;
    private final List<byte[]> payloads;
    private final byte[] metaData;

    /** {@code payloads} are the serialised events of one case, in order; one row each. */
    PlainInserts(ScratchDatabase database, List<byte[]> payloads, byte[] metaData) throws SQLException {
        this.database = database;
        this.payloads = payloads;
        this.metaData = metaData;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists plain_event_entry");
            statement.execute("create table plain_event_entry (like domain_event_entry including all)");
        }
    }

    int rowsPerCase() {
        return payloads.size();
    }

    Rate run(int cases, int clients) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection connection = database.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            return new Clients(clients).run(cases, (client, unit) -> insertCase(connections.get(client)));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private int insertCase(Connection connection) throws SQLException {
        String aggregateId = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into plain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, ?, 'CaseFile', ?, 'io.harmsway.cases.api.ReferralReceived', '1', ?, ?)""")) {
            for (int sequence = 0; sequence < payloads.size(); sequence++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregateId);
                insert.setLong(3, sequence);
                insert.setString(4, RECORDED_AT);
                insert.setBytes(5, payloads.get(sequence));
                insert.setBytes(6, metaData);
                insert.executeUpdate();
                connection.commit();
            }
        }
        return payloads.size();
    }
}
