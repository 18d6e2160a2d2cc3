package io.harmsway.ops.startup;

import io.harmsway.ops.HarmswayApplication;
import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connected as a role that could rewrite history, the application refuses to start, and says what to do. */
class PrivilegedRoleIntegrationTest {

    @Test
    void theSuperuserAsTheApplicationsRoleStopsStartUp() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(HarmswayApplication.class);

        assertThatThrownBy(() -> application.run("--spring.datasource.url=" + FreshDatabase.url(), "--server.port=0",
                "--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=" + Postgres.PASSWORD,
                "--harmsway.database.create-if-missing=false"))
                .rootCause()
                .hasMessageContaining("connects to PostgreSQL as " + Postgres.USER + ", which is a superuser")
                .hasMessageContaining("may UPDATE domain_event_entry")
                .hasMessageContaining("docs/database-roles.md");
    }

    @Test
    void theOwnerAsTheApplicationsRoleStopsStartUp() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(HarmswayApplication.class);

        assertThatThrownBy(() -> application.run("--spring.datasource.url=" + FreshDatabase.url(), "--server.port=0",
                "--spring.datasource.username=" + Postgres.OWNER.user(),
                "--spring.datasource.password=" + Postgres.OWNER.password(),
                "--harmsway.database.create-if-missing=false"))
                .rootCause()
                .hasMessageContaining("connects to PostgreSQL as " + Postgres.OWNER.user() + ", which owns domain_event_entry");
    }
}
