package io.harmsway.audit.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Consumer;

/**
 * One stored event as it is sealed: every column of its {@code domain_event_entry} row but the
 * global index (whose place is the leaf's position in the tree). Its canonical bytes are, in
 * this order, {@code "harmsway-event-leaf/v1"}, {@code event_identifier},
 * {@code aggregate_identifier}, {@code sequence_number} (decimal), {@code type},
 * {@code time_stamp} (the recorded time, the text as stored), {@code payload_type},
 * {@code payload_revision}, {@code payload} (the stored bytes, which hold {@code occurredAt}) and
 * {@code meta_data} (the stored bytes), each written as a 4-byte big-endian length and then its
 * bytes (text as UTF-8), a null column as length {@code 0xFFFFFFFF} and no bytes (so null and
 * empty differ). The leaf hash is RFC 9162's: {@code SHA-256(0x00 || bytes)}.
 */
public record EventLeaf(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                        String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                        byte[] metaData) {

    public static final String VERSION = "harmsway-event-leaf/v1";
    private static final int NULL = 0xFFFFFFFF;

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(payload) + length(metaData));
        write(out::writeBytes);
        return out.toByteArray();
    }

    /** {@code TreeHash.leaf(bytes())}, the fields fed to the digest as they are rather than copied first. */
    public byte[] hash() {
        MessageDigest sha = TreeHash.sha256();
        sha.update((byte) 0x00);
        write(sha::update);
        return sha.digest();
    }

    private void write(Consumer<byte[]> out) {
        field(out, text(VERSION));
        field(out, text(eventIdentifier));
        field(out, text(aggregateIdentifier));
        field(out, text(Long.toString(sequenceNumber)));
        field(out, text(type));
        field(out, text(timeStamp));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, payload);
        field(out, metaData);
    }

    private static void field(Consumer<byte[]> out, byte[] value) {
        out.accept(ByteBuffer.allocate(4).putInt(value == null ? NULL : value.length).array());
        if (value != null) {
            out.accept(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
