package io.harmsway.ops.pages.audit;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.pages.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's case page in Chromium: the date control replays the case as it was known then (a
 * note recorded later is absent, a breach raised later is not open yet), a date that is not real or
 * lies ahead is refused with the error summary, the record verifies as intact, and the page's own
 * reads are in the case's access log. Accessible, and it fits a phone.
 */
class AuditorPagesIntegrationTest extends PagesTestBase {

    @Test
    void theCaseAsKnownAtADateChosenOnThePage() {
        Instant referred = clock.instant();
        String caseId = ivy.openCase("HIGH", referred);
        ivy.identifySuspect(caseId, referred);
        // The clocks start as the suspect is taken in (after the referral's): before the test clock moves on.
        await().untilAsserted(() -> assertThat(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()
                .findValuesAsText("ruleId")).contains("suspect-interview"));
        clock.advance(Duration.ofDays(2));
        assertThat(ivy.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"the school nurse called back\", \"occurredAt\": \"%s\"}".formatted(clock.instant()))
                .getStatusCode().value()).isEqualTo(204);
        clock.advance(Duration.ofDays(7));
        sweep.sweepDue();
        await().untilAsserted(() -> assertThat(ivy.get("/api/cases/" + caseId + "/timeline").getBody().toString())
                .contains("SlaClockBreached", "the school nurse called back"));
        signInAs("ada");

        open("/cases/" + caseId);
        waitFor(By.id("as-known-at")).click();
        waitFor(By.cssSelector("[data-testid=known-at]"));
        assertThat(timeline()).contains("the school nurse called back");
        assertThat(page.findElement(By.cssSelector("[data-testid=alerts]")).getText()).contains("Not acknowledged");

        ZonedDateTime dayAfterReferral = referred.plus(Duration.ofDays(1)).atZone(LondonTime.LONDON);
        type("day", String.valueOf(dayAfterReferral.getDayOfMonth()));
        type("month", String.valueOf(dayAfterReferral.getMonthValue()));
        type("year", String.valueOf(dayAfterReferral.getYear()));
        type("time", "%02d:%02d".formatted(dayAfterReferral.getHour(), dayAfterReferral.getMinute()));
        page.findElement(By.id("show-as-known")).click();

        waitForText(By.cssSelector("[data-testid=known-at]"), new LondonTime(clock).show(dayAfterReferral.toInstant()));
        assertThat(timeline()).contains("Referral").doesNotContain("the school nurse called back");
        assertThat(page.findElements(By.cssSelector("[data-testid=no-alerts]"))).hasSize(1);
        assertThat(page.findElement(By.cssSelector("[data-testid=clocks]")).getText()).contains("Running");
        assertAccessible("the auditor's case page, as known a day after the referral");

        page.findElement(By.id("verify")).click();
        waitForText(By.cssSelector("[data-testid=integrity]"), "The record is intact");
        await().untilAsserted(() -> {
            open("/audit/cases/" + caseId);
            assertThat(page.findElement(By.cssSelector("[data-testid=access-log]")).getText())
                    .contains("ada", "GET /audit/cases/" + caseId);
        });
        assertAccessible("the auditor's case page");
        screenshot("audit-case");
        assertFitsAPhone("/audit/cases/" + caseId);

        type("day", "31");
        type("month", "2");
        page.findElement(By.id("show-as-known")).click();
        waitForText(By.cssSelector(".govuk-error-summary"), "The date must be a real date");
        assertThat(page.getTitle()).startsWith("Error:");
        assertAccessible("the auditor's case page with a date that is not real");
        ZonedDateTime tomorrow = clock.instant().plus(Duration.ofDays(1)).atZone(LondonTime.LONDON);
        type("day", String.valueOf(tomorrow.getDayOfMonth()));
        type("month", String.valueOf(tomorrow.getMonthValue()));
        type("year", String.valueOf(tomorrow.getYear()));
        page.findElement(By.id("show-as-known")).click();
        waitForText(By.cssSelector(".govuk-error-summary"), "in the future");
    }

    @Test
    void theInspectionReportDrawsItsChartsAndExportsItsFiguresAsCsv() {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofDays(10)));
        ivy.identifySuspect(caseId, clock.instant().minus(Duration.ofDays(10)));
        await().untilAsserted(() -> assertThat(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()).isNotEmpty());
        sweep.sweepDue();
        signInAs("ada");

        open("/audit/inspection");

        waitFor(By.cssSelector("[data-testid=figures]"));
        await().untilAsserted(() -> assertThat(page.findElements(By.cssSelector("[data-chart]")))
                .isNotEmpty().allSatisfy(chart -> assertThat(chart.getAttribute("data-drawn")).isEqualTo("true")));
        assertThat(page.findElement(By.cssSelector("[data-testid=figures]")).findElements(By.cssSelector("tbody tr")))
                .isNotEmpty();
        assertAccessible("the inspection report");
        screenshot("inspection-report");
        assertFitsAPhone("/audit/inspection");

        String href = page.findElement(By.id("export-csv")).getAttribute("href");
        Object csv = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(answer => answer.text().then(text => done(answer.headers.get('content-disposition') + '\\n' + text)))", href);
        assertThat(String.valueOf(csv)).startsWith("attachment; filename=\"inspection-figures.csv\"")
                .contains("key,group,title,count,cases,median_hours,p90_hours,max_hours,link");
    }

    @Test
    void onlyAuditorsOpenTheAuditorsCasePage() {
        String caseId = ivy.openCase("STANDARD", clock.instant());
        signInAs("sam");

        open("/audit/cases/" + caseId);

        waitForText(By.cssSelector("h1"), "You cannot open this page");
        open("/audit/inspection");
        waitForText(By.cssSelector("h1"), "You cannot open this page");
    }

    private String timeline() {
        return page.findElement(By.cssSelector("[data-testid=timeline]")).getText();
    }

    private void type(String field, String text) {
        WebElement input = page.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }
}
