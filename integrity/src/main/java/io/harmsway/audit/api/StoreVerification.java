package io.harmsway.audit.api;

/** Recomputes every event's leaf, the chain and the tree from the store and holds them against the seals and checkpoints. */
public interface StoreVerification {

    /**
     * @param outsideCopy a checkpoint the auditor kept outside the database, or null: its
     *                    signature is checked and its root recomputed for its size
     */
    VerificationReport verify(Checkpoint outsideCopy);
}
