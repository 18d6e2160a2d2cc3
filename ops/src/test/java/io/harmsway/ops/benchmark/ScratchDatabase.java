package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.Postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A database of the benchmark's own on the PostgreSQL that the PG* variables name (default
 * localhost:5432, user postgres), dropped when the benchmark ends, even when it is interrupted.
 */
final class ScratchDatabase implements AutoCloseable {

    private final String name = "harmsway_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Thread dropOnExit = new Thread(this::drop);

    ScratchDatabase() {
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    String url() {
        return Postgres.url(name);
    }

    Connection connect() throws SQLException {
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

    private static void execute(String sql) {
        Postgres.admin(sql, "the benchmark");
    }
}
