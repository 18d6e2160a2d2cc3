package io.harmsway.audit.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Proofs from the sealed tree: that an event is in the tree a checkpoint signs, and that one
 * checkpoint's tree is a prefix of another's. The proofs are computed from the stored seals; a
 * verifier trusts them only after {@link ProofCheck} accepts them against a signed root.
 */
public interface Proofs {

    /** Empty when the event is unknown, or not sealed within the checkpoint's tree. */
    Optional<InclusionProof> inclusion(String eventIdentifier, Checkpoint checkpoint);

    /** The proofs of many events against one checkpoint, in one pass over the tree (for a case bundle). */
    List<InclusionProof> inclusions(Collection<String> eventIdentifiers, Checkpoint checkpoint);

    /** The proof that {@code from}'s tree is a prefix of {@code to}'s (from.treeSize at most to.treeSize). */
    ConsistencyProof consistency(Checkpoint from, Checkpoint to);

    /** Checks two checkpoints, as supplied by an auditor, against each other: signatures, then the proof. */
    ConsistencyCheck check(Checkpoint from, Checkpoint to);
}
