package io.harmsway.audit.seal;

import io.harmsway.audit.api.TreeHash;
import io.harmsway.audit.tree.Frontier;

/** Where sealing stands: the tree's frontier, the chain head, and the global index of the last sealed event. */
public record SealedState(Frontier frontier, byte[] chainHead, long lastGlobalIndex) {

    public static SealedState empty() {
        return new SealedState(Frontier.empty(), TreeHash.chainStart(), 0);
    }

    public long size() {
        return frontier.size();
    }

    /** The state after one more seal; this one's frontier is reused. */
    SealedState with(Seal seal) {
        frontier.append(seal.leafHash());
        return new SealedState(frontier, seal.chainHash(), seal.globalIndex());
    }
}
