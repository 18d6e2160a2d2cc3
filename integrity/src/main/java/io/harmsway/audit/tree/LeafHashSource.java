package io.harmsway.audit.tree;

import java.util.function.Consumer;

/** The stored leaf hashes in leaf order: the first {@code count} handed to the consumer one by one. */
public interface LeafHashSource {

    void read(long count, Consumer<byte[]> consumer);
}
