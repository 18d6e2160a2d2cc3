package io.harmsway.audit.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of RFC 9162 (Certificate Transparency 2.0), section 2.1.1, with SHA-256: a leaf is
 * {@code SHA-256(0x00 || leaf bytes)}, an interior node {@code SHA-256(0x01 || left || right)}, the
 * empty tree {@code SHA-256()}; the prefixes keep a leaf from passing for a node. And the chain:
 * {@code chain(n) = SHA-256(chain(n-1) || leaf hash(n))}, {@code chain(-1)} 32 zero bytes.
 */
public final class TreeHash {

    public static final int SIZE = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;
    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread, reset after each use: looking the algorithm up for every hash costs more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(TreeHash::newSha256);

    private TreeHash() {
    }

    public static byte[] leaf(byte[] leafBytes) {
        MessageDigest sha = sha256();
        sha.update(LEAF);
        return sha.digest(leafBytes);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update(NODE);
        sha.update(left);
        return sha.digest(right);
    }

    public static byte[] emptyTree() {
        return sha256().digest();
    }

    public static byte[] chainStart() {
        return new byte[SIZE];
    }

    public static byte[] chain(byte[] previous, byte[] leafHash) {
        MessageDigest sha = sha256();
        sha.update(previous);
        return sha.digest(leafHash);
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** Lower- or upper-case hex of 32 bytes; anything else is refused. */
    public static byte[] fromHex(String hex) {
        if (hex == null || hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("a hash is 64 hexadecimal digits");
        }
        return HEX.parseHex(hex);
    }

    /** This thread's SHA-256, reset: a caller finishes with {@code digest()} before any other hash on the thread. */
    static MessageDigest sha256() {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return digest;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
