package io.harmsway.audit.seal;

/** Why a tree head was signed. */
public enum HeadKind {
    /** By the sealer after sealing, at most every {@code seal-head-interval}: kept in the database, to locate a change. */
    SEALED,
    /** A checkpoint, at its interval or on demand: exported outside the database as well. */
    CHECKPOINT
}
