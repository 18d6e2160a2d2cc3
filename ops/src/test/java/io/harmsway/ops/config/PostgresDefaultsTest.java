package io.harmsway.ops.config;

import io.harmsway.ops.startup.DatabaseBootstrap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDefaultsTest {

    @Test
    void theDatasourceIsWhereThePgVariablesPointReachedAsTheApplicationsRole() {
        ConfigurableEnvironment environment = environmentWith(Map.of("PGHOST", "db.internal", "PGPORT", "6543",
                "PGDATABASE", "cases", "PGUSER", "dba", "PGPASSWORD", "secret"));

        new PostgresDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.internal:6543/cases");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("harmsway_app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("harmsway-app-demo");
        assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("harmsway_owner");
        assertThat(environment.getProperty("spring.flyway.password")).isEqualTo("harmsway-owner-demo");
        assertThat(environment.getProperty("spring.flyway.placeholders.application_role")).isEqualTo("harmsway_app");
    }

    @Test
    void theMigrationsGrantToTheRoleTheApplicationConnectsAs() {
        ConfigurableEnvironment environment = environmentWith(Map.of("spring.datasource.username", "cases_app"));

        new PostgresDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.flyway.placeholders.application_role")).isEqualTo("cases_app");
    }

    @Test
    void aDatasourceGivenAnyOtherWayWins() {
        ConfigurableEnvironment environment = environmentWith(Map.of("PGHOST", "db.internal",
                "spring.datasource.url", "jdbc:postgresql://elsewhere:5432/other", "spring.datasource.username", "app"));

        new PostgresDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://elsewhere:5432/other");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
    }

    @Test
    void runsBeforeTheDatabaseIsCreatedFromTheUrl() {
        List<EnvironmentPostProcessor> processors = new ArrayList<>(List.of(new DatabaseBootstrap(), new PostgresDefaults()));

        AnnotationAwareOrderComparator.sort(processors);

        assertThat(processors.get(0)).isInstanceOf(PostgresDefaults.class);
    }

    /** An environment with only the given settings (none of this machine's PG* variables). */
    private static ConfigurableEnvironment environmentWith(Map<String, Object> settings) {
        ConfigurableEnvironment environment = new AbstractEnvironment() {
        };
        environment.getPropertySources().addFirst(new MapPropertySource("given", settings));
        return environment;
    }
}
