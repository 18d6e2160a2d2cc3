package io.harmsway.sla.cli;

import io.harmsway.sla.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line without a database: the catalogue listing, usage, and a rule file it refuses. */
class SlaCommandLineTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final SlaCommandLine command = new SlaCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void listsTheCatalogueWithSourcesDeadlinesAndEscalation() {
        assertThat(command.run("rules")).isZero();

        String listing = out.toString(StandardCharsets.UTF_8);
        assertThat(listing).contains("* suspect-interview v1 (from 2015-01-01): Suspect interviewed after identification")
                .contains("deadline      high 7, medium 14, standard 28 calendar days")
                .contains("paused by     ReferredToCps")
                .contains("escalation    detective inspector after PT24H; detective chief inspector after PT48H")
                .contains("deadline      high 15, medium 15, standard 15 working days");
    }

    @Test
    void refusesARuleFileNamingTheFault(@TempDir Path dir) throws IOException {
        Path rule = dir.resolve("my-rule.yaml");
        Files.writeString(rule, Rules.SUSPECT_INTERVIEW.replace("unit: CALENDAR_DAYS", "unit: FORTNIGHTS"));

        assertThat(command.run("backtest", rule.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("my-rule.yaml").contains("deadline.unit")
                .contains("'FORTNIGHTS' is not one of");
    }

    @Test
    void explainsItselfWhenAskedWrongly() {
        assertThat(command.run("backtest")).isEqualTo(2);
        assertThat(command.run()).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: sla rules");
    }
}
