package io.harmsway.audit.api;

import java.util.List;

/**
 * RFC 9162 inclusion proof (section 2.1.3) that the event {@code eventIdentifier}, at global index
 * {@code globalIndex}, is leaf {@code leafIndex} of the tree the checkpoint signs: {@code path}
 * lists the sibling hashes (hex) from the leaf up. Check it with
 * {@link ProofCheck#inclusion(InclusionProof)}, after checking the checkpoint's signature.
 */
public record InclusionProof(Checkpoint checkpoint, String eventIdentifier, long globalIndex, long leafIndex,
                             String leafHash, List<String> path) {
}
