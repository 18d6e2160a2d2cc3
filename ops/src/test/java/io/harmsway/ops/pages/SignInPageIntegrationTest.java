package io.harmsway.ops.pages;

import io.harmsway.ops.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page in Chromium: accessible, says what went wrong, and signs in to a header naming the user. */
class SignInPageIntegrationTest extends BrowserTestBase {

    @Test
    void theSignInPageIsAccessible() {
        open("/sign-in");
        waitFor(By.id("username"));

        assertAccessible("the sign-in page");
        screenshot("sign-in");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryFocusedAndAccessible() {
        open("/sign-in");
        page.findElement(By.id("username")).sendKeys("oli");
        page.findElement(By.id("password")).sendKeys("wrong");
        page.findElement(By.cssSelector("main form button[type=submit]")).click();

        waitForText(By.cssSelector(".govuk-error-summary"), "The username and password do not match a user");
        assertThat(page.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        assertThat(page.getTitle()).startsWith("Error:");
        assertAccessible("the sign-in page with its error");
    }

    @Test
    void signingInShowsWhoIsSignedInWithTheirRoleAndTeamAndALinkToTheApiDocumentation() {
        signInAs("oli");

        assertThat(page.findElement(By.cssSelector("[data-testid=signed-in-user]")).getText())
                .isEqualTo("oli, operator, all teams");
        assertThat(page.findElement(By.linkText("API documentation")).getAttribute("href")).endsWith("/swagger-ui.html");
        assertAccessible("the operator's account page");
    }

    @Test
    void signingOutLeadsBackToTheSignInPage() {
        signInAs("oli");

        page.findElement(By.cssSelector(".app-header__sign-out-button")).click();

        waitForText(By.cssSelector(".govuk-notification-banner"), "You have signed out");
        open("/account");
        waitFor(By.id("username"));
    }

    @Test
    void theHeaderFitsAPhoneScreen() {
        signInAs("oli");
        page.manage().window().setSize(new Dimension(375, 800));
        try {
            open("/account");
            waitFor(By.cssSelector("[data-testid=signed-in-user]"));
            Object overflow = ((JavascriptExecutor) page).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        } finally {
            page.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
