package io.harmsway.ops.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL that the standard PG* variables name (default localhost:5432, user postgres),
 * as tests and benchmarks reach it: its URLs, and statements run on its {@code postgres} database.
 */
public final class Postgres {

    public static final String HOST = env("PGHOST", "localhost");
    public static final String PORT = env("PGPORT", "5432");
    public static final String USER = env("PGUSER", "postgres");
    public static final String PASSWORD = env("PGPASSWORD", "");

    private Postgres() {
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** Runs an administrative statement (create or drop a database) for {@code who}, e.g. "the tests". */
    public static void admin(String sql, String who) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL answers at " + HOST + ":" + PORT + " as user " + USER
                    + " (" + e.getMessage() + "), and " + who + " cannot run without one. Start PostgreSQL, or name"
                    + " one with PGHOST, PGPORT, PGUSER and PGPASSWORD.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
