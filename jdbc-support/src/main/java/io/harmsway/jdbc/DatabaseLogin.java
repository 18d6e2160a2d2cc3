package io.harmsway.jdbc;

import java.util.function.UnaryOperator;

/**
 * One of the two PostgreSQL roles the application's database is reached as (see
 * docs/database-roles.md), as configured, with the defaults the application, the command lines and
 * the tests share. The application's role ({@code spring.datasource.username} and {@code password},
 * default {@code harmsway_app}) reads the events and appends them, and keeps the state that can be
 * rebuilt from them; the owner ({@code spring.flyway.user} and {@code password}, default
 * {@code harmsway_owner}) owns the tables and runs the migrations. The default passwords are the
 * demo's: a deployment sets its own.
 */
public record DatabaseLogin(String user, String password) {

    public static final String APPLICATION_USER = "spring.datasource.username";
    public static final String APPLICATION_PASSWORD = "spring.datasource.password";
    public static final String OWNER_USER = "spring.flyway.user";
    public static final String OWNER_PASSWORD = "spring.flyway.password";

    /** The role the application, the {@code sla} command line and the tests' application connect as. */
    public static DatabaseLogin application(UnaryOperator<String> settings) {
        return new DatabaseLogin(PostgresAddress.setting(settings, APPLICATION_USER, "harmsway_app"),
                PostgresAddress.setting(settings, APPLICATION_PASSWORD, "harmsway-app-demo"));
    }

    /** The role the migrations run as. */
    public static DatabaseLogin owner(UnaryOperator<String> settings) {
        return new DatabaseLogin(PostgresAddress.setting(settings, OWNER_USER, "harmsway_owner"),
                PostgresAddress.setting(settings, OWNER_PASSWORD, "harmsway-owner-demo"));
    }

    /** Never the password: a login may be logged. */
    @Override
    public String toString() {
        return user;
    }
}
