package io.harmsway.audit.tree;

import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.TreeHash;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree, its frontier and its proofs against RFC 9162's definitions, written out directly. */
class TreeProofsTest {

    private static final int MAX = 40;
    private final List<byte[]> leaves = new ArrayList<>();
    private final TreeProofs proofs = new TreeProofs((count, consumer) -> leaves.subList(0, (int) count).forEach(consumer));

    TreeProofsTest() {
        for (int i = 0; i < MAX; i++) {
            leaves.add(TreeHash.leaf(("event " + i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** MTH(D[n]) of RFC 9162 2.1.1, recursively. */
    private byte[] mth(int from, int to) {
        if (to - from == 0) {
            return TreeHash.emptyTree();
        }
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = Integer.highestOneBit(to - from - 1);
        return TreeHash.node(mth(from, from + k), mth(from + k, to));
    }

    @Test
    void frontierRootIsTheTreeHashAtEverySizeAndSurvivesItsStoredForm() {
        Frontier frontier = Frontier.empty();
        assertThat(frontier.root()).isEqualTo(mth(0, 0));
        for (int n = 1; n <= MAX; n++) {
            frontier.append(leaves.get(n - 1));
            assertThat(frontier.root()).as("size %d", n).isEqualTo(mth(0, n));
            assertThat(Frontier.of(n, frontier.bytes()).root()).isEqualTo(mth(0, n));
        }
    }

    @Test
    void everyInclusionProofChecksOutAndNoneForAnotherLeafOrRoot() {
        for (int n = 1; n <= MAX; n++) {
            var paths = proofs.inclusion(LongStream.range(0, n).boxed().toList(), n);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = paths.get((long) m);
                assertThat(ProofCheck.inclusion(m, n, leaves.get(m), path, mth(0, n))).as("leaf %d of %d", m, n).isTrue();
                if (n > 1) {
                    assertThat(ProofCheck.inclusion(m, n, leaves.get((m + 1) % n), path, mth(0, n))).isFalse();
                    assertThat(ProofCheck.inclusion(m, n, leaves.get(m), path, mth(0, n - 1))).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofChecksOutAndAForgedOneFails() {
        for (int n = 1; n <= MAX; n++) {
            for (int m = 0; m <= n; m++) {
                List<byte[]> proof = proofs.consistency(m, n);
                assertThat(ProofCheck.consistency(m, n, mth(0, m), mth(0, n), proof)).as("%d to %d", m, n).isTrue();
                if (m > 0 && m < n) {
                    List<byte[]> forged = new ArrayList<>(proof);
                    byte[] changed = Arrays.copyOf(forged.get(0), 32);
                    changed[0] ^= 1;
                    forged.set(0, changed);
                    assertThat(ProofCheck.consistency(m, n, mth(0, m), mth(0, n), forged)).isFalse();
                    assertThat(ProofCheck.consistency(m, n, mth(0, m), mth(0, n - 1), proof)).isFalse();
                }
            }
        }
    }
}
