package io.harmsway.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTest;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.sla.clock.SlaSweep;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo shows what the product is for: cases on time, and overdue ones in the supervisor's inbox. */
@IntegrationTest
class DemoDataIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    SlaSweep sweep;
    @Autowired
    TestRestTemplate http;

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
            List<JsonNode> alerts = list(Api.as(http, "sam").get("/api/teams/north/alerts").getBody());
            assertThat(alerts).filteredOn(alert -> alert.get("ruleId").asText().equals("suspect-interview"))
                    .extracting(alert -> alert.get("riskGrade").asText())
                    .contains("HIGH", "MEDIUM");
            assertThat(alerts).extracting(alert -> alert.get("ruleId").asText())
                    .contains("medical-for-sexual-abuse", "doctor-at-strategy-discussion");
        });
        await().untilAsserted(() -> assertThat(list(Api.as(http, "sue").get("/api/cases?team=south").getBody()))
                .hasSizeGreaterThanOrEqualTo(2));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
