package io.harmsway.ops.audit;

import io.harmsway.audit.cli.AuditCommandLine;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
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

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./audit verify} and {@code ./audit consistency} on the store, with the checkpoints and public key as files. */
class AuditCommandLineIntegrationTest extends IntegrationTestBase {

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void verifiesTheStoreAgainstACheckpointFileAndChecksConsistencyBetweenTwo(@TempDir Path dir) throws IOException {
        Api ada = Api.as(http, "ada");
        Integrity integrity = new Integrity(ada, jdbc);
        ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        integrity.awaitAllSealed();
        Path older = Files.writeString(dir.resolve("older.json"), integrity.checkpoint());
        ivy.openCase("HIGH", clock.instant().minus(Duration.ofMinutes(30)));
        integrity.awaitAllSealed();
        Path newer = Files.writeString(dir.resolve("newer.json"), integrity.checkpoint());
        Path key = Files.writeString(dir.resolve("public-key.pem"), ada.get("/api/audit/public-key").getBody().get("pem").asText());
        System.setProperty("spring.datasource.url", FreshDatabase.url());

        Run verify = run("verify", "--checkpoint", newer.toString(), "--public-key", key.toString());
        assertThat(verify.exit).as(verify.err).isZero();
        assertThat(verify.out).contains("signature valid, the store matches it").contains("INTACT");

        Run consistent = run("consistency", older.toString(), newer.toString(), "--public-key", key.toString());
        assertThat(consistent.exit).as(consistent.err).isZero();
        assertThat(consistent.out).startsWith("CONSISTENT");
        Run backwards = run("consistency", newer.toString(), older.toString(), "--public-key", key.toString());
        assertThat(backwards.exit).isEqualTo(1);
        assertThat(backwards.out).startsWith("NOT CONSISTENT");

        assertThat(run("verify", "--checkpoint", newer.toString()).exit).as("no key to check the signature").isEqualTo(2);
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new AuditCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
