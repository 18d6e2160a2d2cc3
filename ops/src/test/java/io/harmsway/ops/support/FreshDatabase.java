package io.harmsway.ops.support;

import io.harmsway.jdbc.DatabaseLogin;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.util.UUID;

/**
 * Gives the test run a database of its own on the PostgreSQL that the PG* variables name
 * (default localhost:5432, user postgres), owned by the owner role, which runs the migrations, and
 * reached by the application as its own role, as a deployment's is; and drops it when the run ends.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String NAME = "harmsway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + url(),
                DatabaseLogin.APPLICATION_USER + "=" + Postgres.APPLICATION.user(),
                DatabaseLogin.APPLICATION_PASSWORD + "=" + Postgres.APPLICATION.password(),
                DatabaseLogin.OWNER_USER + "=" + Postgres.OWNER.user(),
                DatabaseLogin.OWNER_PASSWORD + "=" + Postgres.OWNER.password());
    }

    public static synchronized String url() {
        if (!created) {
            Postgres.createDatabase(NAME, "the tests");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Postgres.admin("drop database if exists " + NAME
                    + " with (force)", "the tests")));
            created = true;
        }
        return Postgres.url(NAME);
    }

    /** This run's database as the PostgreSQL superuser sees it: see {@link Postgres#asAdministrator}. */
    public static JdbcTemplate asAdministrator() {
        url();
        return Postgres.asAdministrator(NAME);
    }
}
