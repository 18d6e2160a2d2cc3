package io.harmsway.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Instants in and out of JDBC, where a null stays null. The PostgreSQL driver takes and gives
 * {@code OffsetDateTime} for {@code timestamptz}, but not {@code Instant}, so every column of an
 * instant passes through here.
 */
public final class Sql {

    private Sql() {
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
