package io.harmsway.ops.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of the benchmark's own on the PostgreSQL that the PG* variables name (default
 * localhost:5432, user postgres), dropped when the benchmark ends, even when it is interrupted.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final String HOST = env("PGHOST", "localhost");
    private static final String PORT = env("PGPORT", "5432");
    static final String USER = env("PGUSER", "postgres");
    static final String PASSWORD = env("PGPASSWORD", "");

    private final String name = "harmsway_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Thread dropOnExit = new Thread(this::drop);

    ScratchDatabase() {
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    String url() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() {
        drop();
        Runtime.getRuntime().removeShutdownHook(dropOnExit);
    }

    private void drop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The benchmark needs PostgreSQL, and none answers at " + HOST + ":" + PORT
                    + " as user " + USER + " (" + e.getMessage() + "). Start PostgreSQL, or point the benchmark at"
                    + " one with PGHOST, PGPORT, PGUSER and PGPASSWORD.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
