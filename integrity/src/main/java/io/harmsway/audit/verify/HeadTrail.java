package io.harmsway.audit.verify;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.CheckpointCheck;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.audit.seal.StoredEvent;
import io.harmsway.audit.tree.Frontier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tree and chain recomputed from the rows as they are now, held against every signed head at
 * its size as the walk passes it. A head that does not match counts only if its signature is
 * genuine (a forged one proves nothing); the last genuine head that matches before the first that
 * does not is the last moment the store is proven good, and the rows between the two are where
 * the change lies, even when the seals were rewritten to hide it.
 */
final class HeadTrail {

    private final List<Checkpoint> heads;
    private final Predicate<Checkpoint> genuine;
    private final Checkpoint supplied;
    private final Frontier tree = Frontier.empty();
    private final List<String> forged = new ArrayList<>();
    private byte[] chain = TreeHash.chainStart();
    private int next;
    private Checkpoint lastGood;
    private Checkpoint firstBad;
    private StoredEvent firstAfterLastGood;
    private StoredEvent lastRead;
    private StoredEvent lastOfBadWindow;
    private CheckpointCheck suppliedCheck;

    HeadTrail(List<Checkpoint> stored, Checkpoint supplied, Predicate<Checkpoint> genuine) {
        this.heads = new ArrayList<>(stored);
        this.supplied = supplied;
        this.genuine = genuine;
        if (supplied != null) {
            heads.add(supplied);
        }
        heads.sort(Comparator.comparingLong(Checkpoint::treeSize));
        passHeads();
    }

    void accept(StoredEvent event, byte[] leaf) {
        if (firstBad == null && tree.size() == (lastGood == null ? 0 : lastGood.treeSize()) && firstAfterLastGood == null) {
            firstAfterLastGood = event;
        }
        tree.append(leaf);
        chain = TreeHash.chain(chain, leaf);
        lastRead = event;
        passHeads();
    }

    /** Heads beyond the rows there are: the store holds fewer events than they sign. */
    void end() {
        for (; next < heads.size(); next++) {
            judge(heads.get(next), false, "the store holds " + tree.size() + " events, fewer than the " +
                    heads.get(next).treeSize() + " this checkpoint signs");
        }
    }

    private void passHeads() {
        while (next < heads.size() && heads.get(next).treeSize() == tree.size()) {
            Checkpoint head = heads.get(next++);
            boolean matches = Arrays.equals(TreeHash.fromHex(head.rootHash()), tree.root())
                    && Arrays.equals(TreeHash.fromHex(head.chainHead()), chain);
            judge(head, matches, matches ? null : "the events now in the store do not give this root and chain head");
        }
    }

    private void judge(Checkpoint head, boolean matches, String problem) {
        boolean isSupplied = head == supplied;
        boolean signatureValid = (matches && !isSupplied) || genuine.test(head);
        if (isSupplied) {
            suppliedCheck = new CheckpointCheck(head, signatureValid, matches && signatureValid,
                    TreeHash.hex(tree.root()), TreeHash.hex(chain),
                    !signatureValid ? "the signature is not the configured key's" : problem);
        }
        if (!signatureValid) {
            forged.add("head " + head.id() + " (size " + head.treeSize() + ") has no valid signature");
            return;
        }
        if (matches && firstBad == null) {
            if (lastGood == null || head.treeSize() > lastGood.treeSize()) {
                firstAfterLastGood = null;
            }
            lastGood = head;
        } else if (!matches && firstBad == null) {
            firstBad = head;
            lastOfBadWindow = lastRead;
        }
    }

    /** The last genuine head that matches before the first that does not (its signature checked only now: once). */
    Checkpoint lastGood() {
        if (lastGood != null && !genuine.test(lastGood)) {
            forged.add("head " + lastGood.id() + " (size " + lastGood.treeSize() + ") has no valid signature");
            lastGood = null;
        }
        return lastGood;
    }

    Checkpoint firstBad() {
        return firstBad;
    }

    /** The first row after the last good head: the earliest the change can be. */
    StoredEvent firstAfterLastGood() {
        return firstAfterLastGood;
    }

    /** The last row the first bad head covers: the change lies at or before it. */
    StoredEvent lastOfBadWindow() {
        return lastOfBadWindow;
    }

    CheckpointCheck suppliedCheck() {
        return suppliedCheck;
    }

    List<String> forged() {
        return forged;
    }

    long size() {
        return tree.size();
    }
}
