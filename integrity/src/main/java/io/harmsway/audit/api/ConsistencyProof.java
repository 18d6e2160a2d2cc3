package io.harmsway.audit.api;

import java.util.List;

/**
 * RFC 9162 consistency proof (section 2.1.4) that the tree of checkpoint {@code from} is a prefix
 * of the tree of checkpoint {@code to}: the store only grew between them. {@code path} in hex.
 * Check it with {@link ProofCheck#consistency(ConsistencyProof)}.
 */
public record ConsistencyProof(Checkpoint from, Checkpoint to, List<String> path) {
}
