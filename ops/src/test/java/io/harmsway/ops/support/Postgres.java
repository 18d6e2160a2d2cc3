package io.harmsway.ops.support;

import io.harmsway.jdbc.DatabaseLogin;
import io.harmsway.jdbc.PostgresAddress;
import io.harmsway.ops.startup.DatabaseRoles;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL that the standard PG* variables name (default localhost:5432, user postgres),
 * as tests and benchmarks reach it: its URLs, statements run on its {@code postgres} database as
 * the administrator the PG* variables name, and the application's two roles (docs/database-roles.md),
 * configured as for the application ({@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_FLYWAY_USER}...).
 */
public final class Postgres {

    private static final PostgresAddress ADDRESS = PostgresAddress.fromEnvironment();
    private static final StandardEnvironment SETTINGS = new StandardEnvironment();

    public static final String HOST = ADDRESS.host();
    public static final String PORT = ADDRESS.port();
    public static final String USER = ADDRESS.user();
    public static final String PASSWORD = ADDRESS.password();

    /** The role the application connects as. */
    public static final DatabaseLogin APPLICATION = DatabaseLogin.application(SETTINGS::getProperty);
    /** The role that owns the tables and runs the migrations. */
    public static final DatabaseLogin OWNER = DatabaseLogin.owner(SETTINGS::getProperty);

    private static boolean rolesReady;

    private Postgres() {
    }

    public static String url(String database) {
        return ADDRESS.url(database);
    }

    /** Runs an administrative statement (create or drop a database) for {@code who}, e.g. "the tests". */
    public static void admin(String sql, String who) {
        try (Connection connection = administrator(who); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql + " for " + who + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new database owned by the owner role, the roles created first if they are missing (shared with
     * any other test run or demo on the same PostgreSQL, and left in place for them).
     */
    public static void createDatabase(String name, String who) {
        try (Connection connection = administrator(who)) {
            synchronized (Postgres.class) {
                if (!rolesReady) {
                    DatabaseRoles.createIfMissing(connection, OWNER, APPLICATION);
                    rolesReady = true;
                }
            }
            DatabaseRoles.createDatabaseIfMissing(connection, name, OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " for " + who + ": " + e.getMessage(), e);
        }
    }

    /**
     * The administrator's (superuser's) view of a database: for what a test does from outside the
     * application, such as an attacker's change or a table of a test's own. The application's own
     * {@code JdbcTemplate} is the application role's.
     */
    public static JdbcTemplate asAdministrator(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(url(database), USER, PASSWORD));
    }

    private static Connection administrator(String who) throws SQLException {
        try {
            return DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL answers at " + HOST + ":" + PORT + " as user " + USER
                    + " (" + e.getMessage() + "), and " + who + " cannot run without one. Start PostgreSQL, or name"
                    + " one with PGHOST, PGPORT, PGUSER and PGPASSWORD.", e);
        }
    }
}
