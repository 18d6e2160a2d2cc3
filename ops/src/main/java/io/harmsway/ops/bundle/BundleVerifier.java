package io.harmsway.ops.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.audit.AuditConfiguration;
import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.cases.api.format.EventFormat;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a case bundle offline, with nothing but the bundle and the public key the auditor trusts
 * (never the copy in the bundle): the checkpoint's Ed25519 signature; each event's leaf hash,
 * recomputed from its stored form, and that the event names the case; each event's inclusion
 * proof against the signed root; that the case's own events are numbered without a gap; and that
 * every read the access log lists is among the proven reads. Stops at the first failure and names it. The replays and the timeline in the bundle are
 * read from the proven events; they are for people, and are not checked here.
 */
public final class BundleVerifier {

    private final ObjectMapper json = AuditConfiguration.checkpointJson()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper payloads = EventFormat.objectMapper();

    public BundleVerification verify(byte[] bundle, String publicKeyPem) {
        List<String> checked = new ArrayList<>();
        try {
            check(bundle, publicKeyPem, checked);
            return new BundleVerification(checked, null);
        } catch (Refused refused) {
            return new BundleVerification(checked, refused.getMessage());
        }
    }

    private void check(byte[] bundle, String publicKeyPem, List<String> checked) {
        String key = publicKey(publicKeyPem);
        Sealed sealed = read(bundle);
        checked.add("bundle of case " + sealed.caseId() + ", exported " + sealed.exportedAt() + " by "
                + sealed.exportedBy() + ": " + sealed.events().size() + " events, " + sealed.accessEvents().size()
                + " reads");
        Checkpoint checkpoint = sealed.checkpoint();
        require(checkpoint != null && Checkpoint.FORMAT.equals(checkpoint.format()),
                "checkpoint: missing, or not a " + Checkpoint.FORMAT);
        require(ProofCheck.signature(checkpoint, key), "checkpoint " + checkpoint.id() + ": its signature is not"
                + " the given public key's: the checkpoint was altered (its size, root, chain head, time or key id)"
                + " or was signed by another key");
        checked.add("checkpoint " + checkpoint.id() + ": signature valid (key " + checkpoint.keyId() + "): "
                + checkpoint.treeSize() + " events, root " + checkpoint.rootHash() + ", signed " + checkpoint.time());
        require(!sealed.events().isEmpty(), "events: the bundle holds none");
        Map<String, LeafProof> proofs = new HashMap<>();
        sealed.proofs().forEach(proof -> proofs.put(proof.eventIdentifier(), proof));
        for (StoredRow row : sealed.events()) {
            checked.add(included(row, sealed.caseId(), proofs, checkpoint, "event"));
        }
        checked.add(ownEventsInSequence(sealed));
        Set<String> reads = new HashSet<>();
        for (StoredRow row : sealed.accessEvents()) {
            checked.add(included(row, sealed.caseId(), proofs, checkpoint, "read"));
            reads.add(row.eventIdentifier());
        }
        for (JsonNode entry : sealed.accessLog()) {
            String id = entry.path("eventId").asText();
            require(reads.contains(id), "access log: the read " + id + " by " + entry.path("reader").asText()
                    + " at " + entry.path("at").asText() + " has no proven stored event in the bundle");
        }
        checked.add("access log: each of its " + sealed.accessLog().size() + " reads is a proven stored event");
        checked.add("verified: " + sealed.events().size() + " events and " + sealed.accessEvents().size()
                + " reads of case " + sealed.caseId() + " are in the tree of " + checkpoint.treeSize()
                + " events that checkpoint " + checkpoint.id() + " signs");
    }

    private String included(StoredRow row, String caseId, Map<String, LeafProof> proofs, Checkpoint checkpoint,
                            String kind) {
        String name = kind + " " + row.eventIdentifier() + " (global index " + row.globalIndex() + ")";
        String leafHash;
        try {
            leafHash = TreeHash.hex(row.leaf().hash());
        } catch (IllegalArgumentException unreadable) {
            throw new Refused(name + ": " + unreadable.getMessage());
        }
        require(caseId.equals(caseIdOf(row)), name + ": its payload does not name case " + caseId);
        LeafProof proof = proofs.get(row.eventIdentifier());
        require(proof != null, name + ": no inclusion proof in the bundle");
        require(proof.globalIndex() == row.globalIndex(), name + ": its proof is of global index "
                + proof.globalIndex());
        require(leafHash.equalsIgnoreCase(proof.leafHash()), name + ": its stored form hashes to leaf " + leafHash
                + ", but the leaf sealed at " + proof.leafIndex() + " is " + proof.leafHash()
                + ": the event was altered after it was sealed");
        require(ProofCheck.inclusion(proof.against(checkpoint, leafHash)), name + ": its inclusion proof does not"
                + " lead from leaf " + proof.leafIndex() + " to the signed root " + checkpoint.rootHash());
        return name + ": leaf " + proof.leafIndex() + ", hash " + leafHash
                + " recomputed from its stored form, included in the signed tree";
    }

    /**
     * Proofs show that each event given is in the signed tree, not that none was left out. The
     * case's own events (its aggregate's) are numbered from 0 without a gap, so a missing one
     * among them shows; its clocks' events have no such numbering (see docs/audit.md, "Case bundle").
     */
    private static String ownEventsInSequence(Sealed sealed) {
        List<Long> sequence = sealed.events().stream()
                .filter(row -> sealed.caseId().equals(row.aggregateIdentifier()) && row.type() != null)
                .map(StoredRow::sequenceNumber).sorted().toList();
        for (int i = 0; i < sequence.size(); i++) {
            require(sequence.get(i) == i, "events: the case's own event number " + i + " is missing (the bundle"
                    + " holds " + sequence + ")");
        }
        return "events: the case's own " + sequence.size() + " events are numbered 0 to " + (sequence.size() - 1)
                + " without a gap";
    }

    private String caseIdOf(StoredRow row) {
        try {
            JsonNode caseId = payloads.readTree(row.leaf().payload()).path("caseId");
            return caseId.isTextual() ? caseId.asText() : null;
        } catch (IOException | IllegalArgumentException | NullPointerException unreadable) {
            return null;
        }
    }

    private Sealed read(byte[] bundle) {
        Sealed sealed;
        try {
            sealed = json.readValue(bundle, Sealed.class);
        } catch (JsonProcessingException unreadable) {
            throw new Refused("bundle: not a case bundle's JSON (" + unreadable.getOriginalMessage() + ")");
        } catch (IOException unreadable) {
            throw new Refused("bundle: cannot be read (" + unreadable.getMessage() + ")");
        }
        require(CaseBundle.FORMAT.equals(sealed.format()), "bundle: its format is " + sealed.format() + ", not "
                + CaseBundle.FORMAT);
        require(sealed.caseId() != null, "bundle: it names no case");
        return new Sealed(sealed.format(), sealed.caseId(), sealed.exportedAt(), sealed.exportedBy(),
                sealed.checkpoint(), orEmpty(sealed.events()), orEmpty(sealed.accessEvents()),
                orEmpty(sealed.proofs()), orEmpty(sealed.accessLog()));
    }

    /** Ed25519, X.509 SubjectPublicKeyInfo, PEM ("PUBLIC KEY") or bare base64; answered as base64. */
    private static String publicKey(String pem) {
        String base64 = pem == null ? "" : pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return base64;
        } catch (GeneralSecurityException | IllegalArgumentException notAKey) {
            throw new Refused("public key: not an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY-----)");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void require(boolean holds, String failure) {
        if (!holds) {
            throw new Refused(failure);
        }
    }

    /** The parts of a bundle that are checked; the rest is ignored. */
    private record Sealed(String format, String caseId, String exportedAt, String exportedBy, Checkpoint checkpoint,
                          List<StoredRow> events, List<StoredRow> accessEvents, List<LeafProof> proofs,
                          List<JsonNode> accessLog) {
    }

    private static final class Refused extends RuntimeException {

        Refused(String failure) {
            super(failure);
        }
    }
}
