package io.harmsway.ops.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL that the PG* variables name (default localhost:5432,
 * user postgres), owned by the owner role as the application's is, for one benchmark or one test
 * class, dropped when it is closed or, at the latest,
 * when the JVM ends, even when it is interrupted.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final String user;
    private final Thread dropOnExit = new Thread(this::drop);

    private ScratchDatabase(String prefix, String user) {
        this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.user = user;
        Postgres.createDatabase(name, user);
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    public static ScratchDatabase forBenchmark() {
        return new ScratchDatabase("harmsway_bench_", "the benchmark");
    }

    public static ScratchDatabase forTest() {
        return new ScratchDatabase("harmsway_test_", "the tests");
    }

    public String url() {
        return Postgres.url(name);
    }

    /** A connection as the administrator the PG* variables name (a superuser), not as the application. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), Postgres.USER, Postgres.PASSWORD);
    }

    @Override
    public void close() {
        drop();
        Runtime.getRuntime().removeShutdownHook(dropOnExit);
    }

    private void drop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) {
        Postgres.admin(sql, user);
    }
}
