package io.harmsway.ops.bundle;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.InclusionProof;

import java.util.List;

/**
 * An event's RFC 9162 inclusion proof against the bundle's one checkpoint (not repeated in each):
 * the event is leaf {@code leafIndex} of the signed tree, its leaf hash {@code leafHash}, and
 * {@code path} the sibling hashes from the leaf up (hex).
 */
public record LeafProof(String eventIdentifier, long globalIndex, long leafIndex, String leafHash, List<String> path) {

    static LeafProof of(InclusionProof proof) {
        return new LeafProof(proof.eventIdentifier(), proof.globalIndex(), proof.leafIndex(), proof.leafHash(),
                proof.path());
    }

    /** The proof of this leaf hash (recomputed by the verifier, not taken from the bundle) against the checkpoint. */
    public InclusionProof against(Checkpoint checkpoint, String recomputedLeafHash) {
        return new InclusionProof(checkpoint, eventIdentifier, globalIndex, leafIndex, recomputedLeafHash, path);
    }
}
