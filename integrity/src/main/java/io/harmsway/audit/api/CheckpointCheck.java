package io.harmsway.audit.api;

/**
 * A checkpoint held against the store: whether its signature is the configured key's, and whether
 * the events now in the store, recomputed, give its root and chain head at its size.
 */
public record CheckpointCheck(Checkpoint checkpoint, boolean signatureValid, boolean matches,
                              String recomputedRootHash, String recomputedChainHead, String problem) {
}
