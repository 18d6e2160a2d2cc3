package io.harmsway.jdbc;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseLoginTest {

    @Test
    void defaultsToTheDemoRoles() {
        assertThat(DatabaseLogin.application(name -> null)).isEqualTo(new DatabaseLogin("harmsway_app", "harmsway-app-demo"));
        assertThat(DatabaseLogin.owner(name -> null)).isEqualTo(new DatabaseLogin("harmsway_owner", "harmsway-owner-demo"));
    }

    @Test
    void readsTheSpringProperties() {
        Map<String, String> settings = Map.of("spring.datasource.username", "cases_app", "spring.datasource.password", "a",
                "spring.flyway.user", "cases_owner", "spring.flyway.password", " ");

        assertThat(DatabaseLogin.application(settings::get)).isEqualTo(new DatabaseLogin("cases_app", "a"));
        assertThat(DatabaseLogin.owner(settings::get)).isEqualTo(new DatabaseLogin("cases_owner", "harmsway-owner-demo"));
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new DatabaseLogin("cases_app", "secret")).hasToString("cases_app");
    }
}
