package io.harmsway.ops.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Tests of the pages in a real headless Chromium, against the whole application (see
 * {@link IntegrationTestBase}). One browser per test class (starting one takes a second or two),
 * its cookies cleared before each test, so each test signs in as whom it needs. Helpers: sign in
 * through the sign-in form, open a page, wait for an element, run axe-core, save a screenshot.
 */
public abstract class BrowserTestBase extends IntegrationTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static Browser browser;

    /** A failed test leaves what the browser showed in target/browser-failures, to see why. */
    @RegisterExtension
    final TestWatcher keepWhatTheBrowserShowed = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (page == null) {
                return;
            }
            try {
                Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                Files.write(dir.resolve(name + ".png"), page.getScreenshotAs(OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"), page.getPageSource());
            } catch (IOException | RuntimeException ignored) {
                // the failure itself is what matters
            }
        }
    };

    @LocalServerPort
    protected int port;

    protected ChromeDriver page;

    @BeforeAll
    static void startTheBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        page = browser.driver();
        page.get(url("/sign-in"));
        page.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.get(url(path));
    }

    /** Signs in through the form, as a demo user (password {@code <name>-demo}), and waits for the start page. */
    protected void signInAs(String user) {
        page.manage().deleteAllCookies();
        open("/sign-in");
        page.findElement(By.id("username")).sendKeys(user);
        page.findElement(By.id("password")).sendKeys(user + "-demo");
        page.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.cssSelector("[data-testid=signed-in-user]"));
    }

    protected WebElement waitFor(By what) {
        return new WebDriverWait(page, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    protected void waitForText(By where, String text) {
        new WebDriverWait(page, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    /** axe-core's WCAG 2.2 A and AA rules find nothing on the page shown now. */
    protected void assertAccessible(String name) {
        Axe.assertNoViolations(page, name);
    }

    protected void screenshot(String name) {
        Screenshots.save(page, name);
    }
}
