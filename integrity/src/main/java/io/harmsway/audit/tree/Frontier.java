package io.harmsway.audit.tree;

import io.harmsway.audit.api.TreeHash;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree of {@code size} leaves: the roots of its perfect subtrees, largest
 * first (one per bit of the size). Appending a leaf merges equal subtrees; the root folds them from
 * the right, which gives RFC 9162's tree hash, since its split at the largest power of two below
 * the size is exactly this decomposition. Stored with each signed head, so a sealer continues from
 * it without reading every leaf.
 */
public final class Frontier {

    private final List<byte[]> subtrees;
    private final List<Integer> levels;
    private long size;

    private Frontier(List<byte[]> subtrees, List<Integer> levels, long size) {
        this.subtrees = subtrees;
        this.levels = levels;
        this.size = size;
    }

    public static Frontier empty() {
        return new Frontier(new ArrayList<>(), new ArrayList<>(), 0);
    }

    /** A frontier written by {@link #bytes()} for a tree of {@code size} leaves. */
    public static Frontier of(long size, byte[] bytes) {
        int count = Long.bitCount(size);
        if (bytes.length != count * TreeHash.SIZE) {
            throw new IllegalArgumentException("a frontier of " + size + " leaves holds " + count + " hashes");
        }
        List<byte[]> subtrees = new ArrayList<>(count);
        List<Integer> levels = new ArrayList<>(count);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int level = 63; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                byte[] hash = new byte[TreeHash.SIZE];
                buffer.get(hash);
                subtrees.add(hash);
                levels.add(level);
            }
        }
        return new Frontier(subtrees, levels, size);
    }

    public void append(byte[] leafHash) {
        subtrees.add(leafHash);
        levels.add(0);
        size++;
        int last = subtrees.size() - 1;
        while (last > 0 && levels.get(last).equals(levels.get(last - 1))) {
            byte[] merged = TreeHash.node(subtrees.get(last - 1), subtrees.get(last));
            int level = levels.get(last) + 1;
            subtrees.remove(last);
            levels.remove(last);
            subtrees.set(last - 1, merged);
            levels.set(last - 1, level);
            last--;
        }
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        if (subtrees.isEmpty()) {
            return TreeHash.emptyTree();
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = TreeHash.node(subtrees.get(i), root);
        }
        return root;
    }

    public byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(subtrees.size() * TreeHash.SIZE);
        subtrees.forEach(buffer::put);
        return buffer.array();
    }

    public Frontier copy() {
        return new Frontier(new ArrayList<>(subtrees), new ArrayList<>(levels), size);
    }
}
