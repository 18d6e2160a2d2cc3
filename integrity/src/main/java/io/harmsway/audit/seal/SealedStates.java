package io.harmsway.audit.seal;

import java.util.List;

/**
 * Where sealing stands, read from the database: the newest signed head's frontier, then every
 * seal after it (heads are signed only now and then). Read under the sealing lock, so no other
 * node seals meanwhile.
 */
public final class SealedStates {

    private final TreeHeads heads;
    private final SealRows seals;
    private final int pageSize;

    public SealedStates(TreeHeads heads, SealRows seals, int pageSize) {
        this.heads = heads;
        this.seals = seals;
        this.pageSize = pageSize;
    }

    public SealedState load() {
        SealedState state = heads.latestState().orElseGet(SealedState::empty);
        while (true) {
            List<Seal> page = seals.fromLeaf(state.size(), pageSize);
            for (Seal seal : page) {
                if (seal.leafIndex() != state.size()) {
                    throw new IllegalStateException("the seals skip leaf " + state.size() + ": the seal table was changed");
                }
                state = state.with(seal);
            }
            if (page.size() < pageSize) {
                return state;
            }
        }
    }

    /** True when the state is still the newest: nobody sealed since (another node, or this one before a restart). */
    boolean current(SealedState state) {
        return seals.last().map(last -> last.leafIndex() == state.size() - 1 && last.globalIndex() == state.lastGlobalIndex())
                .orElse(state.size() == 0);
    }
}
