package io.harmsway.ops.config;

import io.harmsway.jdbc.DatabaseLogin;
import io.harmsway.jdbc.PostgresAddress;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The datasource the PG* variables name, as the {@code sla} command line and the tests find it
 * (one definition, in {@link PostgresAddress}), reached as the application's role, with the
 * migrations run as the owner's (their defaults in {@link DatabaseLogin}). Added last, so
 * {@code spring.datasource.*} and {@code spring.flyway.*} given any other way (a file, an
 * environment variable, {@code --spring.datasource.url=}) still win. The migrations grant to
 * whichever role the application connects as: the placeholder {@code application_role}.
 */
public class PostgresDefaults implements EnvironmentPostProcessor, Ordered {

    /** Before {@link io.harmsway.ops.startup.DatabaseBootstrap}, which reads the URL to create the database. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PostgresAddress postgres = PostgresAddress.from(environment::getProperty);
        DatabaseLogin app = DatabaseLogin.application(name -> null);
        DatabaseLogin owner = DatabaseLogin.owner(name -> null);
        environment.getPropertySources().addLast(new MapPropertySource("postgresDefaults", Map.of(
                "spring.datasource.url", postgres.url(),
                DatabaseLogin.APPLICATION_USER, app.user(),
                DatabaseLogin.APPLICATION_PASSWORD, app.password(),
                DatabaseLogin.OWNER_USER, owner.user(),
                DatabaseLogin.OWNER_PASSWORD, owner.password(),
                // Resolved when Flyway reads it, so a username set later (a test's own) is the one granted to.
                "spring.flyway.placeholders.application_role", "${" + DatabaseLogin.APPLICATION_USER + "}")));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
