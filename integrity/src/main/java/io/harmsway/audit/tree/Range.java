package io.harmsway.audit.tree;

/** The leaves {@code [from, to)} of a tree: a node of RFC 9162's tree when it is one of its splits. */
record Range(long from, long to) {

    long size() {
        return to - from;
    }

    /** A complete subtree at its natural place: a power of two of leaves starting at a multiple of it. */
    boolean perfect() {
        return Long.bitCount(size()) == 1 && from % size() == 0;
    }

    /** RFC 9162's split: the largest power of two smaller than the size. */
    long split() {
        return Long.highestOneBit(size() - 1);
    }

    Range left() {
        return new Range(from, from + split());
    }

    Range right() {
        return new Range(from + split(), to);
    }
}
