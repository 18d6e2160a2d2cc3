package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deque's axe-core, injected into the page the browser shows and run there against WCAG 2.0, 2.1
 * and 2.2 A and AA. Failing lists every violation with the rule, its help, and the elements at fault.
 * The script is axe.min.js from Deque's own jar (the axe-core WebJar stops at 4.6, before the WCAG
 * 2.2 rules).
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    public static void assertNoViolations(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                    .then(result => done(JSON.stringify(result.violations)))
                    .catch(error => done(JSON.stringify([{id: 'axe-failed', help: String(error), nodes: []}])));
                """);
        List<String> violations = describe(String.valueOf(answer));
        assertThat(violations).as("axe-core WCAG 2.2 AA violations on %s (%s)", page, driver.getCurrentUrl())
                .isEmpty();
    }

    private static List<String> describe(String json) {
        try {
            List<String> described = new ArrayList<>();
            for (JsonNode violation : JSON.readTree(json)) {
                StringBuilder text = new StringBuilder(violation.path("id").asText()).append(" (")
                        .append(violation.path("impact").asText("?")).append("): ")
                        .append(violation.path("help").asText());
                for (JsonNode node : violation.path("nodes")) {
                    text.append("\n      at ").append(node.path("target")).append(": ")
                            .append(node.path("failureSummary").asText().replace('\n', ' '));
                }
                described.add(text.toString());
            }
            return described;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
