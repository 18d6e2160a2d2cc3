package io.harmsway.audit.seal;

/** A row of {@code audit_seal}: leaf {@code leafIndex} of the tree is the event at {@code globalIndex}. */
public record Seal(long leafIndex, long globalIndex, byte[] leafHash, byte[] chainHash) {
}
