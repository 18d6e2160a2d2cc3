package io.harmsway.audit.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162's proof definitions (2.1.3.1 PATH and 2.1.4.1 PROOF/SUBPROOF), as the ranges of leaves
 * whose subtree hashes make up the proof, in proof order. The hashes come after, in one pass.
 */
final class ProofPaths {

    private ProofPaths() {
    }

    /** PATH(m, D[0:n]): from the leaf up. */
    static List<Range> inclusion(long leaf, long treeSize) {
        List<Range> path = new ArrayList<>();
        path(leaf, new Range(0, treeSize), path);
        return path;
    }

    private static void path(long leaf, Range range, List<Range> out) {
        if (range.size() <= 1) {
            return;
        }
        if (leaf < range.from() + range.split()) {
            path(leaf, range.left(), out);
            out.add(range.right());
        } else {
            path(leaf, range.right(), out);
            out.add(range.left());
        }
    }

    /** PROOF(m, D[0:n]) for 0 < m < n. */
    static List<Range> consistency(long first, long second) {
        List<Range> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, new Range(0, second), true, proof);
        }
        return proof;
    }

    private static void subproof(long m, Range range, boolean whole, List<Range> out) {
        long inRange = m - range.from();
        if (inRange == range.size()) {
            if (!whole) {
                out.add(range);
            }
            return;
        }
        if (inRange <= range.split()) {
            subproof(m, range.left(), whole, out);
            out.add(range.right());
        } else {
            subproof(m, range.right(), false, out);
            out.add(range.left());
        }
    }
}
