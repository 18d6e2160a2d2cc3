package io.harmsway.ops.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Gives the test run a database of its own on the PostgreSQL that the PG* variables name
 * (default localhost:5432, user postgres), and drops it when the run ends.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("PGHOST", "localhost");
    private static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");
    private static final String PASSWORD = env("PGPASSWORD", "");
    private static final String NAME = "harmsway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + url(), "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD);
    }

    public static synchronized String url() {
        if (!created) {
            execute("create database " + NAME);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + NAME + " with (force)")));
            created = true;
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
    }

    private static void execute(String sql) {
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests need PostgreSQL, and none answers at " + HOST + ":" + PORT
                    + " as user " + USER + " (" + e.getMessage() + "). Start PostgreSQL, or point the tests at one"
                    + " with PGHOST, PGPORT, PGUSER and PGPASSWORD.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
