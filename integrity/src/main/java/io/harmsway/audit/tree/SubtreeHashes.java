package io.harmsway.audit.tree;

import io.harmsway.audit.api.TreeHash;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The hashes of chosen subtrees of a tree, taken in one pass over its leaf hashes: each range is
 * broken into the perfect subtrees RFC 9162 splits it into, those are caught as the leaves stream
 * past (memory follows the ranges asked for, never the tree), and each range is then folded back.
 */
final class SubtreeHashes {

    private final Map<Range, byte[]> perfect = new HashMap<>();
    private final Set<Range> wanted = new HashSet<>();
    private final Deque<Node> edge = new ArrayDeque<>();
    private long leaves;

    SubtreeHashes(Collection<Range> ranges) {
        ranges.forEach(this::want);
    }

    private void want(Range range) {
        if (range.perfect()) {
            wanted.add(range);
        } else {
            want(range.left());
            want(range.right());
        }
    }

    void accept(byte[] leafHash) {
        Node node = new Node(0, leaves++, leafHash);
        keepIfWanted(node);
        while (!edge.isEmpty() && edge.peekLast().level == node.level) {
            Node left = edge.pollLast();
            node = new Node(node.level + 1, left.start, TreeHash.node(left.hash, node.hash));
            keepIfWanted(node);
        }
        edge.addLast(node);
    }

    byte[] hash(Range range) {
        if (range.perfect()) {
            byte[] hash = perfect.get(range);
            if (hash == null) {
                throw new IllegalStateException("the leaves " + range.from() + ".." + range.to() + " were not read");
            }
            return hash;
        }
        return TreeHash.node(hash(range.left()), hash(range.right()));
    }

    private void keepIfWanted(Node node) {
        Range range = new Range(node.start, node.start + (1L << node.level));
        if (wanted.contains(range)) {
            perfect.put(range, node.hash);
        }
    }

    private record Node(int level, long start, byte[] hash) {
    }
}
