package io.harmsway.jdbc;

import java.util.function.UnaryOperator;

/**
 * The PostgreSQL the standard PG* variables name, with the defaults the application, the
 * {@code sla} command line and the tests share: {@code localhost:5432}, database
 * {@code harmsway}, user {@code postgres}, no password. A blank variable counts as unset. The user
 * is the administrator who creates the database and the roles where that is left to the application
 * (the demo, the tests); the application itself connects as a {@link DatabaseLogin}.
 */
public record PostgresAddress(String host, String port, String database, String user, String password) {

    /** The address the given settings name, e.g. {@code System::getenv} or a Spring environment's lookup. */
    public static PostgresAddress from(UnaryOperator<String> settings) {
        return new PostgresAddress(setting(settings, "PGHOST", "localhost"), setting(settings, "PGPORT", "5432"),
                setting(settings, "PGDATABASE", "harmsway"), setting(settings, "PGUSER", "postgres"),
                setting(settings, "PGPASSWORD", ""));
    }

    /** The address this process's environment variables name. */
    public static PostgresAddress fromEnvironment() {
        return from(System::getenv);
    }

    public String url() {
        return url(database);
    }

    /** The URL of another database on the same server (the tests' own, or {@code postgres} for administration). */
    public String url(String otherDatabase) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase;
    }

    /** Never the password: an address may be logged. */
    @Override
    public String toString() {
        return host + ":" + port + "/" + database + " as " + user;
    }

    static String setting(UnaryOperator<String> settings, String name, String fallback) {
        String value = settings.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
