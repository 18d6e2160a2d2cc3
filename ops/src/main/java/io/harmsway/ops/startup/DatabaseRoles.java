package io.harmsway.ops.startup;

import io.harmsway.jdbc.DatabaseLogin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The owner and application roles and the database the owner owns, created where they are missing,
 * through an administrator's connection: for the demo and the tests. A deployment's administrator
 * creates them instead (docs/database-roles.md). Roles belong to the whole PostgreSQL server, so two
 * processes (two test runs, a demo and a test run) may create the same role at once: the one that
 * loses the race is told the role exists, and takes it as created. A role that exists is left as it is.
 */
public final class DatabaseRoles {

    /** Plain lower-case names only: they are written unquoted into the migrations' grants. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** duplicate_object, duplicate_database, and unique_violation (a concurrent create caught in the catalogue's index). */
    private static final Set<String> ALREADY_THERE = Set.of("42710", "42P04", "23505");

    private DatabaseRoles() {
    }

    /**
     * Both roles, neither allowed more than logging in: what each may do in the database is granted by
     * the migrations, the owner's by owning what it creates. Not NOINHERIT: from PostgreSQL 15 on the
     * database's owner may create in schema public through pg_database_owner, whose rights are inherited.
     */
    public static void createIfMissing(Connection admin, DatabaseLogin owner, DatabaseLogin application) throws SQLException {
        createRoleIfMissing(admin, owner);
        createRoleIfMissing(admin, application);
    }

    /**
     * The database, owned by {@code owner} (and with it, from PostgreSQL 15 on, its schema public).
     * Answers who owns the database, which is someone else when it was made before the roles were.
     */
    public static String createDatabaseIfMissing(Connection admin, String database, DatabaseLogin owner) throws SQLException {
        String current = ownerOf(admin, database);
        if (current != null) {
            return current;
        }
        tolerateExisting(admin, "create database " + name(database) + " owner " + name(owner.user()));
        return ownerOf(admin, database);
    }

    private static void createRoleIfMissing(Connection admin, DatabaseLogin login) throws SQLException {
        if (roleExists(admin, login.user())) {
            return;
        }
        try (Statement statement = admin.createStatement()) {
            tolerateExisting(admin, "create role " + name(login.user()) + " login nosuperuser nocreatedb nocreaterole"
                    + " noreplication nobypassrls password " + statement.enquoteLiteral(login.password()));
        }
    }

    private static void tolerateExisting(Connection admin, String sql) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (!ALREADY_THERE.contains(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean roleExists(Connection admin, String role) throws SQLException {
        return answer(admin, "select rolname from pg_roles where rolname = ?", role) != null;
    }

    private static String ownerOf(Connection admin, String database) throws SQLException {
        return answer(admin, "select pg_get_userbyid(datdba) from pg_database where datname = ?", database);
    }

    private static String answer(Connection admin, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL name (lower-case letters, digits, _): " + name);
        }
        return name;
    }
}
