package io.harmsway.ops.bundle;

import io.harmsway.audit.api.EventLeaf;

import java.util.Base64;

/**
 * One row of {@code domain_event_entry} exactly as stored and sealed: every column, the payload and
 * metadata bytes in base64 (the stored bytes, whatever they hold). A verifier recomputes the leaf
 * hash from these columns alone ({@link #leaf()}), so a copy that was changed after its seal, in
 * the store or in the bundle, no longer matches the signed tree.
 */
public record StoredRow(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                        String type, String timeStamp, String payloadType, String payloadRevision, String payload,
                        String metaData) {

    static StoredRow of(long globalIndex, EventLeaf leaf) {
        return new StoredRow(globalIndex, leaf.eventIdentifier(), leaf.aggregateIdentifier(), leaf.sequenceNumber(),
                leaf.type(), leaf.timeStamp(), leaf.payloadType(), leaf.payloadRevision(), base64(leaf.payload()),
                base64(leaf.metaData()));
    }

    /** The leaf as sealed; a payload or metadata that is not base64 is refused with the column's name. */
    public EventLeaf leaf() {
        return new EventLeaf(eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType,
                payloadRevision, bytes(payload, "payload"), bytes(metaData, "metaData"));
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private byte[] bytes(String base64, String column) {
        try {
            return base64 == null ? null : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(column + " of event " + eventIdentifier + " is not base64");
        }
    }
}
