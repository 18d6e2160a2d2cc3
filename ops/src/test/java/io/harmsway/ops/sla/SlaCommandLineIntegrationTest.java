package io.harmsway.ops.sla;

import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.sla.cli.SlaCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The backtest command over the recorded history in PostgreSQL: a progress bar, then the findings. */
class SlaCommandLineIntegrationTest extends IntegrationTestBase {

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void backtestsARuleFileWithAProgressBar(@TempDir Path dir) throws IOException {
        Instant start = clock.instant().minus(Duration.ofDays(3));
        String caseId = ivy.openCase("HIGH", start);
        ivy.identifySuspect(caseId, start);
        new SlaSteps(commands, ivy, ivy).awaitClock(caseId, "suspect-interview", "suspect-1");
        Path rule = dir.resolve("interview-in-a-day.yaml");
        Files.writeString(rule, """
                id: interview-in-a-day
                version: 1
                effectiveFrom: 2026-01-01
                title: Suspect interviewed within a day
                purpose: What if every suspect had to be interviewed within a day?
                source: {kind: LOCAL_PRACTICE, citation: "A proposal"}
                agency: POLICE
                subject: SUSPECT
                start: [SuspectIdentified]
                stop: [SuspectInterviewed]
                deadline: {unit: HOURS, all: 24}
                """);
        long before = events.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("spring.datasource.url", FreshDatabase.url());

        int exit = new SlaCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run("backtest", rule.toString());

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("] 100%").contains("events");
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Backtest of interview-in-a-day v1").contains("case " + caseId)
                .containsPattern(Pattern.quote(start.plus(Duration.ofHours(24)).toString()) + " +BREACH")
                .contains("still not met");
        assertThat(events.count()).isEqualTo(before);
    }
}
