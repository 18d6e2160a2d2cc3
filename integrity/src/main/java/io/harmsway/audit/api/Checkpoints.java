package io.harmsway.audit.api;

import java.util.List;
import java.util.Optional;

/** Signed checkpoints of the store: take one now, list them, and the key that signs them. */
public interface Checkpoints {

    /** Signs the sealed tree as it stands, stores the checkpoint and exports a copy outside the database. */
    Checkpoint take();

    /** The newest first, at most {@code limit}. */
    List<Checkpoint> list(int limit);

    Optional<Checkpoint> find(long id);

    PublicKey publicKey();
}
