package io.harmsway.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Refusals;
import io.harmsway.ops.support.StoreHead;
import io.harmsway.query.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team dashboard over HTTP, on the application other tests share: the figures change by exactly
 * what this test's two cases add (their breaches, by rule, by officer, by week; one acknowledged, one
 * awaiting; two more open cases for ivy), and the team rule of {@code /api/teams/**} holds.
 */
class TeamDashboardIntegrationTest extends IntegrationTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");


    @Test
    void theFiguresGrowByWhatTheTeamsNewBreachesAdd() {
        StoreHead head = new StoreHead(processing, jdbc);
        sweep.sweepDue();
        head.awaitEveryProcessor(ReadModels.ALERTS, ReadModels.CASE_LIST, ReadModels.BREACH_HISTORY);
        JsonNode before = dashboard();

        Instant tenDaysAgo = clock.instant().minus(Duration.ofDays(10));
        List<String> mine = List.of(caseWithSuspect(tenDaysAgo), caseWithSuspect(tenDaysAgo));
        head.awaitEveryProcessor("sla-clocks");
        sweep.sweepDue();
        head.awaitEveryProcessor(ReadModels.ALERTS);
        List<JsonNode> breaches = list(sam.get("/api/teams/north/alerts").getBody()).stream()
                .filter(alert -> mine.contains(alert.path("caseId").asText()))
                .filter(alert -> List.of("BREACHED", "ESCALATED").contains(alert.path("stage").asText())).toList();
        assertThat(breaches).extracting(alert -> alert.path("ruleId").asText()).contains("suspect-interview");
        JsonNode acknowledged = breaches.get(0);
        assertThat(sam.post("/api/sla/clocks/" + acknowledged.path("clockId").asText() + "/acknowledgement",
                "{\"note\": \"interviews booked for Thursday\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        head.awaitEveryProcessor(ReadModels.ALERTS, ReadModels.CASE_LIST, ReadModels.BREACH_HISTORY);
        JsonNode after = dashboard();

        Map<String, Integer> byRule = breaches.stream()
                .collect(Collectors.toMap(alert -> alert.path("ruleId").asText(), alert -> 1, Integer::sum));
        assertThat(growth(before.path("openBreachesByRule"), after.path("openBreachesByRule"), "key")).isEqualTo(byRule);
        assertThat(growth(before.path("openBreachesByOfficer"), after.path("openBreachesByOfficer"), "key"))
                .isEqualTo(Map.of("ivy", breaches.size()));
        Map<String, Integer> byWeek = breaches.stream().collect(Collectors.toMap(
                alert -> mondayOf(Instant.parse(alert.path("dueAt").asText())).toString(), alert -> 1, Integer::sum));
        assertThat(growth(before.path("breachesPerWeek"), after.path("breachesPerWeek"), "starting", "breaches"))
                .isEqualTo(byWeek);
        JsonNode acknowledgementBefore = before.path("acknowledgement");
        JsonNode acknowledgementAfter = after.path("acknowledgement");
        assertThat(acknowledgementAfter.path("breaches").asInt() - acknowledgementBefore.path("breaches").asInt())
                .isEqualTo(breaches.size());
        assertThat(acknowledgementAfter.path("acknowledged").asInt() - acknowledgementBefore.path("acknowledged").asInt())
                .isOne();
        assertThat(acknowledgementAfter.path("awaiting").asInt() - acknowledgementBefore.path("awaiting").asInt())
                .isEqualTo(breaches.size() - 1);
        Duration waited = Duration.between(Instant.parse(acknowledged.path("dueAt").asText()), clock.instant());
        assertThat(growth(acknowledgementBefore.path("bands"), acknowledgementAfter.path("bands"), "label", "breaches"))
                .isEqualTo(Map.of(bandOf(waited), 1));
        JsonNode ivysBefore = officer(before, "ivy");
        JsonNode ivysAfter = officer(after, "ivy");
        assertThat(ivysAfter.path("openCases").asInt() - ivysBefore.path("openCases").asInt()).isEqualTo(2);
        assertThat(ivysAfter.path("overdueClocks").asInt() - ivysBefore.path("overdueClocks").asInt())
                .isGreaterThanOrEqualTo(breaches.size());
        assertThat(after.path("weeks").asInt()).isEqualTo(8);
        assertThat(list(after.path("breachesPerWeek"))).hasSize(8);
    }

    @Test
    void onlyTheTeamsSupervisorsAndAuditorsReadItsDashboard() {
        Refusals refusals = new Refusals(events);

        refusals.refused(HttpStatus.FORBIDDEN, "team", () -> Api.as(http, "sue").get("/api/teams/north/dashboard"));
        refusals.refused(HttpStatus.FORBIDDEN, "user", () -> ivy.get("/api/teams/north/dashboard"));

        assertThat(Api.as(http, "ada").get("/api/teams/north/dashboard").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Api.as(http, "ada").get("/api/teams/south/dashboard?weeks=52").getBody().path("breachesPerWeek"))
                .hasSize(52);
    }

    @Test
    void aNumberOfWeeksOutsideOneToFiftyTwoIsRefusedNamingWeeks() {
        Refusals refusals = new Refusals(events);

        for (String weeks : List.of("0", "53", "-1", "eight", "1.5", "", "99999999999")) {
            refusals.refused(HttpStatus.BAD_REQUEST, "weeks", () -> sam.get("/api/teams/north/dashboard?weeks=" + weeks));
        }
    }

    private JsonNode dashboard() {
        return sam.get("/api/teams/north/dashboard").getBody();
    }

    private String caseWithSuspect(Instant referredAt) {
        String caseId = ivy.openCase("HIGH", referredAt);
        ivy.identifySuspect(caseId, referredAt);
        return caseId;
    }

    /** How much each entry's count grew (entries that did not change left out). */
    private static Map<String, Integer> growth(JsonNode before, JsonNode after, String key) {
        return growth(before, after, key, "count");
    }

    private static Map<String, Integer> growth(JsonNode before, JsonNode after, String key, String count) {
        Map<String, Integer> growth = new HashMap<>();
        list(after).forEach(entry -> growth.merge(entry.path(key).asText(), entry.path(count).asInt(), Integer::sum));
        list(before).forEach(entry -> growth.merge(entry.path(key).asText(), -entry.path(count).asInt(), Integer::sum));
        growth.values().removeIf(grown -> grown == 0);
        return growth;
    }

    private static JsonNode officer(JsonNode dashboard, String officer) {
        return list(dashboard.path("workload")).stream().filter(row -> row.path("officer").asText().equals(officer))
                .findFirst().orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static String bandOf(Duration waited) {
        if (waited.compareTo(Duration.ofHours(1)) < 0) {
            return "under 1 hour";
        }
        if (waited.compareTo(Duration.ofHours(4)) < 0) {
            return "1 to 4 hours";
        }
        if (waited.compareTo(Duration.ofDays(1)) < 0) {
            return "4 to 24 hours";
        }
        return waited.compareTo(Duration.ofDays(3)) < 0 ? "1 to 3 days" : "3 days or more";
    }

    private static LocalDate mondayOf(Instant moment) {
        return moment.atZone(LONDON).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
