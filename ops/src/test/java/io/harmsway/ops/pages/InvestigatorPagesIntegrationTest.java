package io.harmsway.ops.pages;

import io.harmsway.ops.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The investigator's pages in Chromium: a referral and a suspect recorded through the forms, the
 * clock seen on the case page; refusals shown as GOV.UK error summaries with nothing stored; another
 * team kept out; an action completed with the keyboard alone; a clock paused and resumed; and
 * axe-core's WCAG 2.2 AA rules on every page, with a screenshot of each.
 */
class InvestigatorPagesIntegrationTest extends BrowserTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aReferralAndASuspectRecordedThroughTheFormsShowTheSuspectInterviewClockOnTheCasePage() {
        signInAs("ivy");
        waitForText(By.tagName("h1"), "My cases");
        assertAccessible("my cases");

        page.findElement(By.linkText("Record a referral")).click();
        waitForText(By.tagName("h1"), "Referral");
        page.findElement(By.id("childAgeYears")).sendKeys("9");
        page.findElement(By.cssSelector("input[name=allegation][value=SEXUAL_ABUSE]")).click();
        page.findElement(By.cssSelector("input[name=riskGrade][value=HIGH]")).click();
        page.findElement(By.cssSelector("input[name=physicalSymptoms][value=false]")).click();
        page.findElement(By.id("reportedVia")).sendKeys("phone call to MASH");
        assertAccessible("the referral form");
        screenshot("referral-form");
        submit();

        waitForText(By.cssSelector(".govuk-notification-banner"), "Recorded");
        String caseId = caseIdShown();
        assertThat(events.countOfCase(caseId)).isEqualTo(1);

        open("/cases/" + caseId + "/actions/suspects");
        page.findElement(By.cssSelector("input[name=hasAccessToChildren][value=true]")).click();
        submit();
        waitForText(By.cssSelector(".govuk-notification-banner"), "Recorded: Suspect identified");

        reloadUntil(By.cssSelector("[data-testid=clocks]"), "Suspect interviewed after identification");
        String clocks = page.findElement(By.cssSelector("[data-testid=clocks]")).getText();
        assertThat(clocks).contains("Suspect interviewed after identification (suspect-1)").contains("Running");
        assertThat(page.findElement(By.cssSelector("[data-testid=timeline]")).getText())
                .contains("Suspect").contains("by ivy");
        assertThat(page.findElement(By.cssSelector("#case-chart canvas")).isDisplayed()).isTrue();
        assertAccessible("the case page");
        screenshot("case-page");

        open("/cases");
        reloadUntil(By.cssSelector("tr[data-case-id='" + caseId + "']"), "high");
        assertThat(page.findElement(By.cssSelector("tr[data-case-id='" + caseId + "']")).getText())
                .as("what is due next, and by when").containsPattern("(Running|Warning|Overdue) .+ \\(.+\\)")
                .containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        assertAccessible("my cases with a case");
        screenshot("my-cases");
    }

    @Test
    void eachPageReadOfACaseIsLoggedAsTheApiReadIs() {
        String caseId = openCase();
        long before = events.count(caseId, "CaseRead");
        signInAs("ivy");

        open("/cases/" + caseId);
        waitFor(By.cssSelector("[data-testid=timeline]"));

        await().untilAsserted(() -> assertThat(events.count(caseId, "CaseRead")).isEqualTo(before + 1));
    }

    @Test
    void aFormMissingItsAnswersShowsTheErrorSummaryNamingEachFieldAndStoresNothing() {
        String caseId = openCase();
        signInAs("ivy");
        long stored = events.countOfCase(caseId);

        open("/cases/" + caseId + "/actions/suspects");
        page.findElement(By.id("occurredAt-time")).clear();
        submit();

        WebElement summary = waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem")
                .contains("Does the suspect have access to children? Choose yes or no")
                .contains("When it happened: enter the time it happened");
        assertThat(page.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        assertThat(page.findElements(By.cssSelector(".govuk-error-message"))).hasSize(2);
        assertThat(page.getTitle()).startsWith("Error:");
        assertAccessible("a refused form");
        screenshot("refused-form");
        assertThat(events.countOfCase(caseId)).isEqualTo(stored);
    }

    @Test
    void anActionTheCaseRefusesShowsTheCasesReasonOnTheFieldAndStoresNothing() {
        String caseId = openCase();
        signInAs("ivy");
        long stored = events.countOfCase(caseId);
        ZonedDateTime tomorrow = clock.instant().plus(Duration.ofDays(1)).atZone(LONDON);

        open("/cases/" + caseId + "/actions/notes");
        page.findElement(By.id("text")).sendKeys("mother asked for a female officer");
        replace(By.id("occurredAt-day"), String.valueOf(tomorrow.getDayOfMonth()));
        replace(By.id("occurredAt-month"), String.valueOf(tomorrow.getMonthValue()));
        replace(By.id("occurredAt-year"), String.valueOf(tomorrow.getYear()));
        submit();

        WebElement summary = waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("When it happened: is in the future");
        summary.findElement(By.linkText(summary.findElement(By.tagName("a")).getText())).click();
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("occurredAt-day");
        assertThat(page.findElement(By.id("text")).getAttribute("value")).isEqualTo("mother asked for a female officer");
        assertThat(events.countOfCase(caseId)).isEqualTo(stored);
    }

    @Test
    void aUserOfAnotherTeamCannotOpenTheCasePageNorRecordOnIt() {
        String caseId = openCase();
        signInAs("ian");

        open("/cases/" + caseId);

        waitForText(By.tagName("h1"), "You cannot open this page");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("another team's");
        assertThat(page.getPageSource()).doesNotContain("data-testid=\"timeline\"");
        assertAccessible("the refusal page");

        open("/cases/" + caseId + "/actions/notes");
        waitForText(By.tagName("h1"), "You cannot open this page");
        assertThat(events.count(caseId, "CaseRead")).as("no read of the case by ian is logged").isZero();
    }

    @Test
    void anActionFormCanBeCompletedWithTheKeyboardAlone() {
        String caseId = openCase();
        signInAs("ivy");
        open("/cases/" + caseId + "/actions/notes");
        waitFor(By.id("text"));

        tabTo("text");
        keys("seen at school with a teacher present");
        tabTo("occurredAt-time");
        eraseField();
        keys("25:00");
        tabToSubmitAndPressEnter();

        waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(page.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        keys(Keys.TAB);
        assertThat(page.switchTo().activeElement().getText()).contains("When it happened");
        keys(Keys.ENTER);
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("occurredAt-day");
        tabTo("occurredAt-time");
        eraseField();
        keys(London.timeOf(clock.instant()));
        tabToSubmitAndPressEnter();

        waitForText(By.cssSelector(".govuk-notification-banner"), "Recorded: Note");
        await().untilAsserted(() -> assertThat(events.count(caseId, "NoteAdded")).isEqualTo(1));
    }

    @Test
    void aClockIsPausedWithTheReasonAndResumed() {
        String caseId = openCase();
        ivy.post("/api/cases/" + caseId + "/suspects", """
                {"hasAccessToChildren": false, "occurredAt": "%s"}""".formatted(clock.instant()));
        signInAs("ivy");
        open("/cases/" + caseId);
        reloadUntil(By.cssSelector("[data-testid=clocks]"), "Pause");

        page.findElement(By.cssSelector("[data-testid=clocks] a[href$='/pause']")).click();
        waitForText(By.tagName("h1"), "Pause the clock");
        page.findElement(By.id("reason")).sendKeys("the suspect is abroad until 12 December");
        assertAccessible("the pause form");
        submit();

        waitForText(By.cssSelector(".govuk-notification-banner"), "Recorded");
        reloadUntil(By.cssSelector("[data-testid=clocks]"), "Paused: the suspect is abroad until 12 December");
        assertThat(events.count(caseId, "SlaClockPaused")).isEqualTo(1);

        page.findElement(By.cssSelector("[data-testid=clocks] a[href$='/resume']")).click();
        page.findElement(By.id("reason")).sendKeys("the suspect is back");
        submit();
        waitForText(By.cssSelector(".govuk-notification-banner"), "Recorded");
        await().untilAsserted(() -> assertThat(events.count(caseId, "SlaClockResumed")).isEqualTo(1));
    }

    @Test
    void myCasesAndTheCasePageFitAPhoneScreen() {
        String caseId = openCase();
        signInAs("ivy");
        page.manage().window().setSize(new Dimension(375, 800));
        try {
            for (String path : List.of("/cases", "/cases/" + caseId, "/cases/" + caseId + "/actions/strategy-discussions")) {
                open(path);
                waitFor(By.tagName("h1"));
                Object overflow = ((JavascriptExecutor) page).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Object wide = ((JavascriptExecutor) page).executeScript("""
                        const width = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')]
                            .filter(e => !e.closest('.app-table-scroll') && e.getBoundingClientRect().right > width + 1)
                            .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ');""");
                assertThat(((Number) overflow).intValue()).as("sideways scrolling of %s at 375 px: %s", path, wide)
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            page.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** A case of ivy's, opened over the API (the forms' own test is the first one here). */
    private String openCase() {
        var opened = ivy.post("/api/cases", """
                {"childAgeYears": 7, "allegation": "PHYSICAL_ABUSE", "riskGrade": "MEDIUM",
                 "physicalSymptoms": true, "occurredAt": "%s"}""".formatted(clock.instant()));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        return opened.getBody().get("id").asText();
    }

    private String caseIdShown() {
        String url = page.getCurrentUrl();
        return url.substring(url.indexOf("/cases/") + "/cases/".length(), url.indexOf('?'));
    }

    private void submit() {
        page.findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
    }

    private void replace(By field, String text) {
        WebElement input = page.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Reloads the page until the element holds the text: read models follow the command a moment later. */
    private void reloadUntil(By where, String text) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            page.navigate().refresh();
            List<WebElement> found = page.findElements(where);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    private void keys(CharSequence... keys) {
        new Actions(page).sendKeys(keys).perform();
    }

    /** Empties the field that has the focus, as a person would: to its end, then backspace. */
    private void eraseField() {
        keys(Keys.END);
        for (int i = 0; i < 20; i++) {
            keys(Keys.BACK_SPACE);
        }
    }

    private void tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            if (id.equals(page.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void tabToSubmitAndPressEnter() {
        for (int presses = 0; presses < 40; presses++) {
            WebElement active = page.switchTo().activeElement();
            if ("button".equals(active.getTagName()) && "submit".equals(active.getAttribute("type"))
                    && active.getText().equals("Record")) {
                keys(Keys.ENTER);
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the Record button");
    }

    /** The time of an instant on London's clock, as typed into a form. */
    private static final class London {
        static String timeOf(Instant instant) {
            ZonedDateTime local = instant.atZone(LONDON);
            return String.format("%02d:%02d", local.getHour(), local.getMinute());
        }
    }
}
