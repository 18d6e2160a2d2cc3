package io.harmsway.ops.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.audit.api.Checkpoints;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.ops.bundle.cli.VerifyBundleCommand;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The offline verifier ({@code ./audit verify-bundle}) on a bundle really exported over HTTP and
 * written to a file: it accepts the bundle as exported, and refuses, naming the failure, the same
 * bundle with one event's payload altered, a read's recorded time altered, with a forged root, with a proof taken out, and checked
 * with another key than the one that signed it.
 */
class BundleVerifierIntegrationTest extends IntegrationTestBase {

    @Autowired
    private Checkpoints checkpoints;
    @TempDir
    private Path files;

    private final ObjectMapper json = new ObjectMapper();
    private byte[] exported;
    private Path publicKey;

    @BeforeEach
    void exportACase() throws Exception {
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        clock.advance(Duration.ofHours(3));
        CaseBundleIntegrationTest.note(ivy, caseId, "spoke to the school nurse", clock.instant());
        assertThat(ivy.get("/api/cases/" + caseId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
        await().untilAsserted(() -> assertThat(list(Api.as(http, "ada").get("/api/audit/cases/" + caseId + "/access-log")
                .getBody())).anySatisfy(read -> assertThat(read.get("reader").asText()).isEqualTo("ivy")));
        String ivysRead = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where payload_type = 'io.harmsway.cases.api.CaseRead' and strpos(convert_from(payload, 'UTF8'), ?) > 0
                  and strpos(convert_from(payload, 'UTF8'), '"reader":"ivy"') > 0""",
                String.class, caseId);
        CaseBundleIntegrationTest.awaitSealed(jdbc, ivysRead);
        exported = CaseBundleIntegrationTest.exported(http, caseId, "?at=" + clock.instant());
        publicKey = Files.writeString(files.resolve("key.pem"), checkpoints.publicKey().pem());
    }

    @Test
    void theBundleAsExportedIsVerified() throws Exception {
        Result result = verify(exported, publicKey);

        assertThat(result.exit()).as(result.err()).isZero();
        ObjectNode bundle = (ObjectNode) json.readTree(exported);
        int events = bundle.get("events").size();
        assertThat(result.out())
                .contains("checkpoint " + bundle.get("checkpoint").get("id").asLong() + ": signature valid")
                .contains("verified: " + events + " events and " + bundle.get("accessEvents").size() + " reads of case "
                        + bundle.get("caseId").asText());
        assertThat(bundle.get("accessEvents").size()).as("ivy's read at least").isPositive();
        assertThat(result.out().lines().filter(line -> line.contains("recomputed from its stored form")))
                .hasSize(events + bundle.get("accessEvents").size());
    }

    @Test
    void oneAlteredPayloadIsRefusedNamingTheEvent() throws Exception {
        ObjectNode bundle = (ObjectNode) json.readTree(exported);
        ObjectNode note = null;
        for (var row : bundle.withArray("events")) {
            if (text(row.get("payload").asText()).contains("school nurse")) {
                note = (ObjectNode) row;
            }
        }
        assertThat(note).as("the note's stored event").isNotNull();
        note.put("payload", Base64.getEncoder().encodeToString(text(note.get("payload").asText())
                .replace("school nurse", "head teacher").getBytes(StandardCharsets.UTF_8)));

        Result result = verify(json.writeValueAsBytes(bundle), publicKey);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("FAIL event " + note.get("eventIdentifier").asText())
                .contains("the event was altered after it was sealed");
    }

    @Test
    void aForgedRootIsRefusedAtTheCheckpointsSignature() throws Exception {
        ObjectNode bundle = (ObjectNode) json.readTree(exported);
        ObjectNode checkpoint = (ObjectNode) bundle.get("checkpoint");
        checkpoint.put("rootHash", TreeHash.hex(TreeHash.leaf("a tree of the forger's".getBytes(StandardCharsets.UTF_8))));

        Result result = verify(json.writeValueAsBytes(bundle), publicKey);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("FAIL checkpoint " + checkpoint.get("id").asLong()
                + ": its signature is not the given public key's");
    }

    @Test
    void anEventWithoutItsProofIsRefused() throws Exception {
        ObjectNode bundle = (ObjectNode) json.readTree(exported);
        String removed = bundle.withArray("proofs").remove(0).get("eventIdentifier").asText();

        Result result = verify(json.writeValueAsBytes(bundle), publicKey);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains(removed).contains("no inclusion proof in the bundle");
    }

    @Test
    void anAlteredReadIsRefusedNamingIt() throws Exception {
        ObjectNode bundle = (ObjectNode) json.readTree(exported);
        ObjectNode read = (ObjectNode) bundle.withArray("accessEvents").get(0);
        read.put("timeStamp", "2026-01-01T00:00:00.000Z");

        Result result = verify(json.writeValueAsBytes(bundle), publicKey);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("FAIL read " + read.get("eventIdentifier").asText())
                .contains("the event was altered after it was sealed");
    }

    @Test
    void aCaseEventLeftOutWithItsProofIsRefused() throws Exception {
        ObjectNode bundle = (ObjectNode) json.readTree(exported);
        var events = bundle.withArray("events");
        int second = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).get("aggregateIdentifier").asText().equals(bundle.get("caseId").asText())
                    && events.get(i).get("sequenceNumber").asLong() == 1) {
                second = i;
            }
        }
        String removed = events.remove(second).get("eventIdentifier").asText();
        var proofs = bundle.withArray("proofs");
        for (int i = 0; i < proofs.size(); i++) {
            if (proofs.get(i).get("eventIdentifier").asText().equals(removed)) {
                proofs.remove(i);
            }
        }

        Result result = verify(json.writeValueAsBytes(bundle), publicKey);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("FAIL events: the case's own event number 1 is missing");
    }

    @Test
    void aWrongKeyIsRefused() throws Exception {
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        Path otherKey = Files.writeString(files.resolve("other.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(other.getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        Result result = verify(exported, otherKey);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("its signature is not the given public key's");
        assertThat(result.out()).doesNotContain("verified");
    }

    @Test
    void aKeyThatIsNoKeyIsRefusedNamingIt() throws Exception {
        Result result = verify(exported, Files.writeString(files.resolve("junk.pem"), "not a key"));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("FAIL public key: not an Ed25519 public key");
    }

    private Result verify(byte[] bundle, Path key) throws Exception {
        Path file = Files.write(Files.createTempFile(files, "bundle", ".json"), bundle);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyBundleCommand.run(new String[] {"verify-bundle", file.toString(), "--public-key", key.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String text(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private record Result(int exit, String out, String err) {
    }
}
