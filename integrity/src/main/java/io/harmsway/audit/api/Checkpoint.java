package io.harmsway.audit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed tree head: the first {@code treeSize} events of the store in global order have the
 * Merkle root {@code rootHash} and the chain head {@code chainHead} (both lower-case hex), as the
 * holder of key {@code keyId} signed at {@code time}. {@code signature} is Ed25519 (base64) over
 * {@link #signedText()}. The exported JSON copy of a checkpoint is this record.
 */
public record Checkpoint(String format, long id, long treeSize, String rootHash, String chainHead, Instant time,
                         String keyId, String signature) {

    public static final String FORMAT = "harmsway-audit-checkpoint/v1";

    /**
     * Exactly what is signed, as UTF-8: six lines, each ending in a line feed:
     * {@code harmsway-audit-checkpoint/v1}, {@code size <treeSize>}, {@code root <rootHash>},
     * {@code chain <chainHead>}, {@code time <time as ISO-8601, e.g. 2026-03-02T09:00:00.123Z>}
     * and {@code key <keyId>}. The id is the store's numbering, not signed.
     */
    @JsonIgnore
    public byte[] signedText() {
        return signedText(treeSize, rootHash, chainHead, time, keyId);
    }

    public static byte[] signedText(long treeSize, String rootHash, String chainHead, Instant time, String keyId) {
        return (FORMAT + "\n" + "size " + treeSize + "\n" + "root " + rootHash + "\n" + "chain " + chainHead + "\n"
                + "time " + time + "\n" + "key " + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
