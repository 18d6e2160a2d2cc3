package io.harmsway.ops.support;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves what the browser shows, whole page, into {@code docs/screenshots/<name>.png} of the
 * repository (found from the module's directory, where Maven runs the tests), for the README.
 */
public final class Screenshots {

    private static final int WIDTH = 1280;

    private Screenshots() {
    }

    public static Path save(ChromeDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(4000, ((Number) height).intValue() + 120)));
        try {
            Path file = directory().resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static Path directory() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("ops")) && Files.exists(dir.resolve("pom.xml"))) {
                return Files.createDirectories(dir.resolve("docs").resolve("screenshots"));
            }
        }
        throw new IllegalStateException("no repository root (a directory with pom.xml and ops/) above " + here);
    }
}
