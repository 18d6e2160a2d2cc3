package io.harmsway.audit.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9162 inclusion and consistency proofs over the stored leaf hashes, many at once in one pass. */
public final class TreeProofs {

    private final LeafHashSource leaves;

    public TreeProofs(LeafHashSource leaves) {
        this.leaves = leaves;
    }

    /** For each leaf (each below {@code treeSize}), its inclusion path in the tree of {@code treeSize} leaves. */
    public Map<Long, List<byte[]>> inclusion(Collection<Long> leafIndexes, long treeSize) {
        Map<Long, List<Range>> plans = new LinkedHashMap<>();
        leafIndexes.forEach(leaf -> plans.put(leaf, ProofPaths.inclusion(leaf, treeSize)));
        SubtreeHashes hashes = read(plans.values().stream().flatMap(List::stream).toList(), treeSize);
        Map<Long, List<byte[]>> proofs = new LinkedHashMap<>();
        plans.forEach((leaf, plan) -> proofs.put(leaf, plan.stream().map(hashes::hash).toList()));
        return proofs;
    }

    public List<byte[]> consistency(long first, long second) {
        List<Range> plan = ProofPaths.consistency(first, second);
        SubtreeHashes hashes = read(plan, second);
        return new ArrayList<>(plan.stream().map(hashes::hash).toList());
    }

    private SubtreeHashes read(List<Range> ranges, long treeSize) {
        SubtreeHashes hashes = new SubtreeHashes(ranges);
        long needed = ranges.stream().mapToLong(Range::to).max().orElse(0);
        leaves.read(Math.min(needed, treeSize), hashes::accept);
        return hashes;
    }
}
