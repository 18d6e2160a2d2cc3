package io.harmsway.audit.proof;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.ConsistencyCheck;
import io.harmsway.audit.api.ConsistencyProof;
import io.harmsway.audit.api.InclusionProof;
import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.Proofs;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.audit.seal.Seal;
import io.harmsway.audit.seal.SealRows;
import io.harmsway.audit.tree.TreeProofs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Proofs from the stored seals, for checkpoints the caller holds. */
public final class ProofDesk implements Proofs {

    private final SealRows seals;
    private final TreeProofs tree;
    private final Predicate<Checkpoint> genuine;

    public ProofDesk(SealRows seals, Predicate<Checkpoint> genuine) {
        this.seals = seals;
        this.tree = new TreeProofs(seals);
        this.genuine = genuine;
    }

    @Override
    public Optional<InclusionProof> inclusion(String eventIdentifier, Checkpoint checkpoint) {
        return inclusions(List.of(eventIdentifier), checkpoint).stream().findFirst();
    }

    @Override
    public List<InclusionProof> inclusions(Collection<String> eventIdentifiers, Checkpoint checkpoint) {
        List<Seal> sealed = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String id : eventIdentifiers) {
            seals.ofEvent(id).filter(seal -> seal.leafIndex() < checkpoint.treeSize()).ifPresent(seal -> {
                sealed.add(seal);
                ids.add(id);
            });
        }
        Map<Long, List<byte[]>> paths = tree.inclusion(sealed.stream().map(Seal::leafIndex).toList(),
                checkpoint.treeSize());
        List<InclusionProof> proofs = new ArrayList<>();
        for (int i = 0; i < sealed.size(); i++) {
            Seal seal = sealed.get(i);
            proofs.add(new InclusionProof(checkpoint, ids.get(i), seal.globalIndex(), seal.leafIndex(),
                    TreeHash.hex(seal.leafHash()), paths.get(seal.leafIndex()).stream().map(TreeHash::hex).toList()));
        }
        return proofs;
    }

    @Override
    public ConsistencyProof consistency(Checkpoint from, Checkpoint to) {
        if (from.treeSize() > to.treeSize()) {
            throw new IllegalArgumentException("the first checkpoint's tree must not be larger than the second's");
        }
        return new ConsistencyProof(from, to, tree.consistency(from.treeSize(), to.treeSize()).stream()
                .map(TreeHash::hex).toList());
    }

    @Override
    public ConsistencyCheck check(Checkpoint from, Checkpoint to) {
        boolean fromSigned = genuine.test(from);
        boolean toSigned = genuine.test(to);
        if (from.treeSize() > to.treeSize()) {
            return new ConsistencyCheck(false, fromSigned, toSigned, null,
                    "the first checkpoint signs a larger tree than the second: the store shrank, or they are swapped");
        }
        if (seals.last().map(seal -> seal.leafIndex() + 1).orElse(0L) < to.treeSize()) {
            return new ConsistencyCheck(false, fromSigned, toSigned, null,
                    "the store has fewer seals than the second checkpoint signs");
        }
        ConsistencyProof proof = consistency(from, to);
        boolean proven = ProofCheck.consistency(proof);
        String problem = !fromSigned || !toSigned ? "a checkpoint's signature is not the configured key's"
                : proven ? null : "the proof does not lead from the first root to the second: the store did not only grow";
        return new ConsistencyCheck(fromSigned && toSigned && proven, fromSigned, toSigned, proof, problem);
    }
}
