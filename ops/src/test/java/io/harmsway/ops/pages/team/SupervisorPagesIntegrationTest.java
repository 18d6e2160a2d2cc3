package io.harmsway.ops.pages.team;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.pages.PagesTestBase;
import io.harmsway.ops.support.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor's pages in Chromium: a breach appears in the team inbox without the page being
 * reloaded, is acknowledged with a plan from the page (a refused plan first: the error summary, and
 * nothing recorded), by keyboard alone, and the plan is in the case's timeline; another team's supervisor can open
 * neither the inbox nor the acknowledgement; the dashboard draws its charts above their tables.
 * Every page passes axe-core and fits a phone's width.
 */
class SupervisorPagesIntegrationTest extends PagesTestBase {

    private static final String INTERVIEW = "suspect-interview";
    private static final String MARK = "return window.harmswayNotReloaded";

    @Test
    void aBreachAppearsInTheInboxWithoutAReloadAndIsAcknowledgedWithAPlanFromThePage() {
        // Team south: its inbox is the smaller of the two among the cases the other tests leave behind.
        Api ian = Api.as(http, "ian");
        String caseId = ian.openCase("HIGH", clock.instant());
        String suspectId = ian.identifySuspect(caseId, clock.instant());
        JsonNode interviewClock = awaitClock(ian, caseId, suspectId);
        String clockId = interviewClock.path("clockId").asText();
        Instant dueAt = Instant.parse(interviewClock.path("dueAt").asText());
        LondonTime london = new LondonTime(clock);
        signInAs("sue");
        open("/teams/south/inbox");
        waitFor(By.id("inbox-cases"));
        assertThat(page.findElements(caseCard(caseId))).isEmpty();
        page.executeScript("window.harmswayNotReloaded = 'the same page'");

        clock.advance(Duration.ofDays(8));
        sweep.sweepDue();

        WebElement card = waitFor(caseCard(caseId));
        assertThat(page.executeScript(MARK)).as("the page was not reloaded").isEqualTo("the same page");
        assertThat(card.getText()).contains("High risk", "Held by ian", "Suspect interviewed after identification", "overdue by 1 day");
        WebElement interview = card.findElement(By.cssSelector("[data-clock-id='" + clockId + "']"));
        assertThat(interview.getText()).contains("Escalated", "Due " + london.show(dueAt),
                "Escalated to the detective inspector, " + london.show(dueAt.plus(Duration.ofDays(1))));
        assertThat(page.findElement(By.id("inbox-announcer")).getAttribute("textContent"))
                .startsWith("The inbox changed");
        assertAccessible("the team inbox");
        screenshot("team-inbox");
        assertFitsAPhone("/teams/south/inbox");

        open("/teams/south/inbox");
        page.findElement(By.id("acknowledge-" + clockId)).sendKeys(Keys.ENTER);
        waitFor(By.id("note"));
        assertThat(page.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("Suspect interviewed after identification");
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForText(By.cssSelector(".govuk-error-summary"), "Enter the plan");
        assertThat(page.getTitle()).startsWith("Error:");
        assertThat(page.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        assertThat(acknowledgements(clockId)).as("acknowledgements stored after a refused plan").isZero();
        assertAccessible("the acknowledgement form with its error");
        screenshot("acknowledgement-refused");

        // By keyboard only: the error summary's link to the plan, the plan typed, Tab to the button, Enter.
        page.findElement(By.cssSelector(".govuk-error-summary a[href='#note']")).sendKeys(Keys.ENTER);
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("note");
        page.switchTo().activeElement().sendKeys("DC Smith interviews the suspect on Thursday; I review on Friday");
        page.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(page.switchTo().activeElement().getText()).isEqualTo("Record the plan");
        page.switchTo().activeElement().sendKeys(Keys.ENTER);

        waitForText(By.cssSelector("[data-testid=acknowledged]"), "was recorded");
        assertThat(page.getCurrentUrl()).endsWith("/teams/south/inbox");
        waitForText(By.cssSelector("[data-clock-id='" + clockId + "'] [data-testid=acknowledgement]"),
                "Acknowledged by sue");
        assertThat(acknowledgements(clockId)).isOne();
        assertThat(page.findElements(By.id("acknowledge-" + clockId))).as("acknowledged once only").isEmpty();
        assertAccessible("the team inbox after an acknowledgement");
        page.findElement(By.id("case-" + caseId)).click();
        await().untilAsserted(() -> {
            open("/cases/" + caseId);
            assertThat(page.findElement(By.cssSelector("[data-testid=timeline]")).getText())
                    .contains("Breach acknowledged by sue", "DC Smith interviews the suspect on Thursday");
        });

        signInAs("sam");
        open("/teams/south/inbox");
        waitForText(By.cssSelector("h1"), "You cannot open this page");
        open("/clocks/" + clockId + "/acknowledgement");
        waitForText(By.cssSelector("h1"), "You cannot open this page");
        open("/teams/north/inbox");
        waitFor(By.id("inbox-cases"));
        assertThat(page.findElements(caseCard(caseId))).isEmpty();
    }

    @Test
    void theDashboardDrawsEachChartAboveTheTableOfItsFigures() {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofDays(10)));
        ivy.identifySuspect(caseId, clock.instant().minus(Duration.ofDays(10)));
        awaitClock(ivy, caseId, null);
        sweep.sweepDue();
        await().untilAsserted(() -> assertThat(list(sam.get("/api/teams/north/inbox").getBody().path("cases")))
                .anyMatch(row -> row.path("caseId").asText().equals(caseId)));
        signInAs("sam");

        open("/teams/north/dashboard");

        waitFor(By.cssSelector("#by-rule-table"));
        await().untilAsserted(() -> assertThat(page.findElements(By.cssSelector("[data-chart]")))
                .isNotEmpty().allSatisfy(chart -> {
                    assertThat(chart.getAttribute("data-drawn")).isEqualTo("true");
                    assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
                }));
        assertThat(page.findElement(By.id("by-rule-table")).getText()).contains("Suspect interviewed after identification");
        assertThat(page.findElement(By.id("by-officer-table")).getText()).contains("ivy");
        assertThat(page.findElements(By.cssSelector("#per-week-table tbody tr"))).hasSize(8);
        assertThat(page.findElement(By.id("workload-table")).getText()).contains("ivy");
        assertAccessible("the team dashboard");
        screenshot("team-dashboard");
        assertFitsAPhone("/teams/north/dashboard");

        open("/teams/north/dashboard?weeks=99");
        waitForText(By.cssSelector(".govuk-error-summary"), "The number of weeks is 99");
        assertThat(page.findElements(By.cssSelector("#per-week-table tbody tr"))).hasSize(8);
        assertAccessible("the team dashboard with its error");
        open("/teams/north/dashboard?weeks=4");
        waitFor(By.cssSelector("#per-week-table"));
        assertThat(page.findElements(By.cssSelector("#per-week-table tbody tr"))).hasSize(4);

        signInAs("ivy");
        open("/teams/north/dashboard");
        waitForText(By.cssSelector("h1"), "You cannot open this page");
    }

    private static By caseCard(String caseId) {
        return By.cssSelector("[data-case-id='" + caseId + "']");
    }

    /** The suspect's interview clock once the SLA keeper has started it ({@code suspectId} null: any suspect's). */
    private JsonNode awaitClock(Api reader, String caseId, String suspectId) {
        await().untilAsserted(() -> assertThat(interviewClocks(reader, caseId, suspectId)).isNotEmpty());
        return interviewClocks(reader, caseId, suspectId).get(0);
    }

    private List<JsonNode> interviewClocks(Api reader, String caseId, String suspectId) {
        return list(reader.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                .filter(clock -> clock.path("ruleId").asText().equals(INTERVIEW))
                .filter(clock -> suspectId == null || clock.path("subjectId").asText().equals(suspectId)).toList();
    }

    private long acknowledgements(String clockId) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where payload_type = 'io.harmsway.sla.api.SlaClockAcknowledged'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'clockId' = ?""", Long.class, clockId);
    }
}
