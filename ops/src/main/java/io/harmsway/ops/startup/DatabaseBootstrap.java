package io.harmsway.ops.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the application's database on first start, so that a new user needs only a running
 * PostgreSQL. Off with {@code harmsway.database.create-if-missing=false}.
 */
public class DatabaseBootstrap implements EnvironmentPostProcessor {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([A-Za-z0-9_]+).*");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("harmsway.database.create-if-missing", Boolean.class, true)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        Matcher parts = url == null ? null : URL.matcher(url);
        if (parts == null || !parts.matches()) {
            return;
        }
        createIfMissing(parts.group(1), parts.group(2), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    static void createIfMissing(String address, String database, String user, String password) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + address + "/postgres", user, password)) {
            if (!exists(admin, database)) {
                try (Statement create = admin.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new PostgresUnreachable(address, user, e);
            }
            throw new IllegalStateException("Cannot check or create database " + database + " at " + address, e);
        }
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
