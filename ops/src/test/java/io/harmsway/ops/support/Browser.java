package io.harmsway.ops.support;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real headless Chromium, driven by chromedriver: Debian's {@code chromium} and
 * {@code chromium-driver} packages (.ci/run installs them when missing). Both are named by path, so
 * Selenium never looks for a browser of its own; a missing one fails the test saying what to
 * install, never skips it. Each browser has a fresh profile directory, removed when it quits.
 * Paths can be changed with {@code -Dharmsway.chromium=...} and {@code -Dharmsway.chromedriver=...}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("harmsway.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("harmsway.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        require(CHROMIUM, "chromium");
        require(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("harmsway-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    private static void require(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("the browser tests need " + path + ": install Debian's " + debianPackage
                    + " package (apt-get install chromium chromium-driver; .ci/run does it when missing)");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in the temporary directory harms nothing
            }
        }
    }
}
