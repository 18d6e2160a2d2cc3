package io.harmsway.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

/**
 * Instants in and out of JDBC, where a null stays null. The PostgreSQL driver takes and gives
 * {@code OffsetDateTime} for {@code timestamptz}, but not {@code Instant}, so every column of an
 * instant passes through here. And a list of texts bound as one array parameter, for
 * {@code column = any (?)}: one statement for a whole list instead of one per value.
 */
public final class Sql {

    private Sql() {
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Binds the distinct values as one {@code varchar[]} parameter, for {@code column = any (?)}. */
    public static void bindTexts(PreparedStatement statement, int index, Collection<String> values) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("varchar", values.stream().distinct().toArray()));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
