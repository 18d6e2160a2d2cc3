package io.harmsway.ops.config;

import io.harmsway.jdbc.PostgresAddress;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The datasource the PG* variables name, as the {@code sla} command line and the tests find it
 * (one definition, in {@link PostgresAddress}). Added last, so {@code spring.datasource.*} given any
 * other way (a file, an environment variable, {@code --spring.datasource.url=}) still wins.
 */
public class PostgresDefaults implements EnvironmentPostProcessor, Ordered {

    /** Before {@link io.harmsway.ops.startup.DatabaseBootstrap}, which reads the URL to create the database. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PostgresAddress postgres = PostgresAddress.from(environment::getProperty);
        environment.getPropertySources().addLast(new MapPropertySource("postgresDefaults", Map.of(
                "spring.datasource.url", postgres.url(),
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password())));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
