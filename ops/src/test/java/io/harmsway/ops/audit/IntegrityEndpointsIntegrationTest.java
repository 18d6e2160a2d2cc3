package io.harmsway.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.audit.AuditConfiguration;
import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.ConsistencyProof;
import io.harmsway.audit.api.EventLeaf;
import io.harmsway.audit.api.InclusionProof;
import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints, proofs and who may see them, over HTTP: a checkpoint is signed by the key the API
 * names and exported to the directory; an event's inclusion proof and the consistency proof
 * between two checkpoints check out with nothing but the public key, and forged ones fail.
 */
class IntegrityEndpointsIntegrationTest extends IntegrationTestBase {

    private final ObjectMapper json = AuditConfiguration.checkpointJson();
    private Api ada;
    private Integrity integrity;
    private String publicKey;

    @BeforeEach
    void theAuditor() {
        ada = Api.as(http, "ada");
        integrity = new Integrity(ada, jdbc);
        publicKey = ada.get("/api/audit/public-key").getBody().get("base64").asText();
    }

    @Test
    void aCheckpointIsSignedListedAndExportedOutsideTheDatabase() throws IOException {
        ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        integrity.awaitAllSealed();
        Checkpoint checkpoint = json.readValue(integrity.checkpoint(), Checkpoint.class);

        assertThat(checkpoint.treeSize()).isEqualTo(jdbc.queryForObject("select count(*) from audit_seal", Long.class));
        assertThat(ProofCheck.signature(checkpoint, publicKey)).isTrue();
        assertThat(ada.get("/api/audit/checkpoints").getBody().findValuesAsText("id")).contains(Long.toString(checkpoint.id()));
        assertThat(json.readValue(ada.get("/api/audit/checkpoints/" + checkpoint.id()).getBody().toString(), Checkpoint.class))
                .isEqualTo(checkpoint);
        Path exported = Path.of("target/audit-checkpoints/checkpoint-" + checkpoint.id() + ".json");
        assertThat(json.readValue(Files.readString(exported), Checkpoint.class)).isEqualTo(checkpoint);
        assertThat(Files.readString(Path.of("target/audit-checkpoints/public-key.pem")))
                .contains(ada.get("/api/audit/public-key").getBody().get("pem").asText().split("\n")[1]);
    }

    @Test
    void anEventsInclusionProofChecksOutAgainstTheSignedRootAndTheLeafRecomputedFromItsRow() throws IOException {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        integrity.awaitAllSealed();
        Checkpoint checkpoint = json.readValue(integrity.checkpoint(), Checkpoint.class);
        EventLeaf row = jdbc.queryForObject("""
                select event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                       payload_revision, payload, meta_data from domain_event_entry
                where aggregate_identifier = ? and sequence_number = 0""", (rs, n) -> new EventLeaf(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getBytes(8), rs.getBytes(9)), caseId);

        ResponseEntity<JsonNode> answer = ada.get("/api/audit/checkpoints/" + checkpoint.id() + "/inclusion?event="
                + row.eventIdentifier());
        InclusionProof proof = json.readValue(answer.getBody().toString(), InclusionProof.class);

        assertThat(proof.leafHash()).isEqualTo(TreeHash.hex(row.hash()));
        assertThat(ProofCheck.inclusion(proof)).isTrue();
        List<String> forged = new ArrayList<>(proof.path());
        forged.set(0, TreeHash.hex(TreeHash.leaf(new byte[] {1})));
        assertThat(ProofCheck.inclusion(new InclusionProof(checkpoint, proof.eventIdentifier(), proof.globalIndex(),
                proof.leafIndex(), proof.leafHash(), forged))).isFalse();
        assertThat(ada.get("/api/audit/checkpoints/" + checkpoint.id() + "/inclusion?event=no-such-event")
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theStoreOnlyGrewBetweenTwoCheckpointsAndAForgedOneFails() throws IOException {
        ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(2)));
        integrity.awaitAllSealed();
        String older = integrity.checkpoint();
        ivy.openCase("MEDIUM", clock.instant().minus(Duration.ofHours(1)));
        integrity.awaitAllSealed();
        String newer = integrity.checkpoint();
        Checkpoint from = json.readValue(older, Checkpoint.class);
        Checkpoint to = json.readValue(newer, Checkpoint.class);
        assertThat(to.treeSize()).isGreaterThan(from.treeSize());

        ConsistencyProof proof = json.readValue(ada.get("/api/audit/consistency?from=" + from.id() + "&to=" + to.id())
                .getBody().toString(), ConsistencyProof.class);
        assertThat(ProofCheck.consistency(proof)).isTrue();
        List<String> forgedPath = new ArrayList<>(proof.path());
        forgedPath.set(forgedPath.size() - 1, TreeHash.hex(TreeHash.leaf(new byte[] {2})));
        assertThat(ProofCheck.consistency(new ConsistencyProof(from, to, forgedPath))).isFalse();

        JsonNode check = ada.post("/api/audit/consistency", "{\"from\": %s, \"to\": %s}".formatted(older, newer)).getBody();
        assertThat(check.get("consistent").asBoolean()).as(check.toString()).isTrue();

        String forgedRoot = ((ObjectNode) json.readTree(newer)).put("rootHash", TreeHash.hex(TreeHash.leaf(new byte[] {3})))
                .toString();
        JsonNode forged = ada.post("/api/audit/consistency", "{\"from\": %s, \"to\": %s}".formatted(older, forgedRoot)).getBody();
        assertThat(forged.get("consistent").asBoolean()).isFalse();
        assertThat(forged.get("toSignatureValid").asBoolean()).isFalse();

        JsonNode swapped = ada.post("/api/audit/consistency", "{\"from\": %s, \"to\": %s}".formatted(newer, older)).getBody();
        assertThat(swapped.get("consistent").asBoolean()).isFalse();
        assertThat(swapped.get("problem").asText()).contains("larger tree");

        JsonNode verified = integrity.verify(forgedRoot);
        assertThat(verified.get("intact").asBoolean()).as("a forged outside copy proves nothing").isFalse();
        assertThat(verified.at("/suppliedCheckpoint/signatureValid").asBoolean()).isFalse();
    }

    @Test
    void onlyAuditorsAndOperatorsReachTheIntegrityOfTheRecord() {
        assertThat(ivy.post("/api/audit/verify", "").getStatusCode().value()).isEqualTo(403);
        assertThat(sam.post("/api/audit/checkpoints", "").getStatusCode().value()).isEqualTo(403);
        assertThat(ivy.get("/api/audit/checkpoints").getStatusCode().value()).isEqualTo(403);
        assertThat(Api.anonymous(http).get("/api/audit/public-key").getStatusCode().value()).isEqualTo(401);
        Api oli = Api.as(http, "oli");
        assertThat(oli.post("/api/audit/checkpoints", "").getStatusCode().value()).isEqualTo(201);
        assertThat(oli.post("/api/audit/verify", "").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aMalformedCheckpointIsRefusedNamingTheFieldAndNothingIsStored() throws IOException {
        long checkpoints = jdbc.queryForObject("select count(*) from audit_tree_head", Long.class);
        ObjectNode body = json.createObjectNode();
        body.put("format", Checkpoint.FORMAT).put("treeSize", 3).put("rootHash", "not hex").put("chainHead", "00".repeat(32))
                .put("time", "2026-03-02T09:00:00Z").put("keyId", "0123456789abcdef").put("signature", "A".repeat(86) + "==");

        ResponseEntity<JsonNode> answer = ada.post("/api/audit/verify", body.toString());

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly("rootHash");
        assertThat(jdbc.queryForObject("select count(*) from audit_tree_head", Long.class)).isEqualTo(checkpoints);
    }
}
