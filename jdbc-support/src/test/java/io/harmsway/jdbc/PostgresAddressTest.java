package io.harmsway.jdbc;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresAddressTest {

    @Test
    void unsetVariablesGiveTheDocumentedDefaults() {
        PostgresAddress address = PostgresAddress.from(name -> null);

        assertThat(address).isEqualTo(new PostgresAddress("localhost", "5432", "harmsway", "postgres", ""));
        assertThat(address.url()).isEqualTo("jdbc:postgresql://localhost:5432/harmsway");
    }

    @Test
    void variablesNameTheServerTheDatabaseAndTheUser() {
        Map<String, String> variables = Map.of("PGHOST", "db.internal", "PGPORT", "6543", "PGDATABASE", "cases",
                "PGUSER", "harmsway", "PGPASSWORD", "secret");

        PostgresAddress address = PostgresAddress.from(variables::get);

        assertThat(address.url()).isEqualTo("jdbc:postgresql://db.internal:6543/cases");
        assertThat(address.url("postgres")).isEqualTo("jdbc:postgresql://db.internal:6543/postgres");
        assertThat(address.user()).isEqualTo("harmsway");
        assertThat(address.password()).isEqualTo("secret");
    }

    @Test
    void aBlankVariableCountsAsUnset() {
        PostgresAddress address = PostgresAddress.from(Map.of("PGHOST", " ", "PGUSER", "")::get);

        assertThat(address.host()).isEqualTo("localhost");
        assertThat(address.user()).isEqualTo("postgres");
    }

    @Test
    void theAddressAsTextNeverShowsThePassword() {
        PostgresAddress address = PostgresAddress.from(Map.of("PGPASSWORD", "secret")::get);

        assertThat(address).hasToString("localhost:5432/harmsway as postgres");
    }
}
