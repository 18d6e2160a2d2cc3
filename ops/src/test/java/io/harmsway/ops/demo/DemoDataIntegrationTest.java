package io.harmsway.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo shows what the product is for: cases on time, and overdue ones in the supervisor's inbox. */
class DemoDataIntegrationTest extends IntegrationTestBase {

    @Test
    void loadsCasesOnceWithOverdueInterviewsThatReachTheSupervisors() {
        DemoData demo = new DemoData(commands, jdbc, clock);
        demo.run(null);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry where type is not null", Long.class);

        demo.run(null);

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where type is not null", Long.class))
                .isEqualTo(events);
        await().untilAsserted(() -> {
            sweep.sweepDue();
            List<JsonNode> alerts = list(sam.get("/api/teams/north/alerts").getBody());
            assertThat(alerts).filteredOn(alert -> alert.path("ruleId").asText().equals("suspect-interview"))
                    .extracting(alert -> alert.path("riskGrade").asText())
                    .contains("HIGH", "MEDIUM");
            assertThat(alerts).extracting(alert -> alert.path("ruleId").asText())
                    .contains("medical-for-sexual-abuse", "doctor-at-strategy-discussion");
        });
        await().untilAsserted(() -> assertThat(list(Api.as(http, "sue").get("/api/cases?team=south").getBody()))
                .hasSizeGreaterThanOrEqualTo(2));
    }
}
