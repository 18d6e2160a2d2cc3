package io.harmsway.ops.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.util.UUID;

/**
 * Gives the test run a database of its own on the PostgreSQL that the PG* variables name
 * (default localhost:5432, user postgres), and drops it when the run ends.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String NAME = "harmsway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + url(), "spring.datasource.username=" + Postgres.USER,
                "spring.datasource.password=" + Postgres.PASSWORD);
    }

    public static synchronized String url() {
        if (!created) {
            execute("create database " + NAME);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + NAME + " with (force)")));
            created = true;
        }
        return Postgres.url(NAME);
    }

    private static void execute(String sql) {
        Postgres.admin(sql, "the tests");
    }
}
