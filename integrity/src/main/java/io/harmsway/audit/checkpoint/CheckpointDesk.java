package io.harmsway.audit.checkpoint;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.Checkpoints;
import io.harmsway.audit.api.PublicKey;
import io.harmsway.audit.seal.Checkpointing;
import io.harmsway.audit.seal.TreeHeads;
import io.harmsway.audit.sign.SigningKey;

import java.util.List;
import java.util.Optional;

/** Checkpoints taken, stored and exported; the ones stored, and the key that signs them. */
public final class CheckpointDesk implements Checkpoints {

    private final Checkpointing checkpointing;
    private final TreeHeads heads;
    private final CheckpointExport export;
    private final SigningKey key;

    public CheckpointDesk(Checkpointing checkpointing, TreeHeads heads, CheckpointExport export, SigningKey key) {
        this.checkpointing = checkpointing;
        this.heads = heads;
        this.export = export;
        this.key = key;
    }

    @Override
    public Checkpoint take() {
        Checkpoint checkpoint = checkpointing.sign();
        export.export(checkpoint);
        return checkpoint;
    }

    @Override
    public List<Checkpoint> list(int limit) {
        return heads.checkpoints(limit);
    }

    @Override
    public Optional<Checkpoint> find(long id) {
        return heads.checkpoint(id);
    }

    @Override
    public PublicKey publicKey() {
        return key.publicKey();
    }
}
