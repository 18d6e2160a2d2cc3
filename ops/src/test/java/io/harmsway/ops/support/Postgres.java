package io.harmsway.ops.support;

import io.harmsway.jdbc.PostgresAddress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL that the standard PG* variables name (default localhost:5432, user postgres),
 * as tests and benchmarks reach it: its URLs, and statements run on its {@code postgres} database.
 */
public final class Postgres {

    private static final PostgresAddress ADDRESS = PostgresAddress.fromEnvironment();

    public static final String HOST = ADDRESS.host();
    public static final String PORT = ADDRESS.port();
    public static final String USER = ADDRESS.user();
    public static final String PASSWORD = ADDRESS.password();

    private Postgres() {
    }

    public static String url(String database) {
        return ADDRESS.url(database);
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
}
