package io.harmsway.audit.sign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * Where the signing key comes from: a PKCS#8 file (DER, or PEM "PRIVATE KEY"), or the same as
 * base64 in a setting. With neither, only a deployment that asks for it (the demo) gets a key
 * generated once and kept in {@code generatedKeyFile}, so its checkpoints stay verifiable across
 * restarts; any other start stops with what to set.
 */
public final class KeySource {

    private static final Logger log = LoggerFactory.getLogger(KeySource.class);

    private KeySource() {
    }

    public static SigningKey load(String keyFile, String keyBase64, boolean generateIfMissing, Path generatedKeyFile) {
        if (keyFile != null && !keyFile.isBlank()) {
            return SigningKey.fromPkcs8(decode(read(Path.of(keyFile))));
        }
        if (keyBase64 != null && !keyBase64.isBlank()) {
            return SigningKey.fromPkcs8(decode(keyBase64));
        }
        if (!generateIfMissing) {
            throw new IllegalStateException("No audit signing key: set harmsway.audit.signing-key-file to an Ed25519 "
                    + "private key in PKCS#8 (openssl genpkey -algorithm ed25519 -out audit-key.pem), or "
                    + "harmsway.audit.signing-key to its base64; harmsway.audit.generate-key-if-missing=true is for demos");
        }
        if (Files.exists(generatedKeyFile)) {
            return SigningKey.fromPkcs8(decode(read(generatedKeyFile)));
        }
        SigningKey key = SigningKey.generate();
        write(generatedKeyFile, key.pkcs8());
        log.warn("Generated an audit signing key for this demo in {} (key id {}); a deployment configures its own",
                generatedKeyFile.toAbsolutePath(), key.keyId());
        return key;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key " + file, e);
        }
    }

    /** PEM ("-----BEGIN PRIVATE KEY-----") or plain base64 text, or raw DER bytes read as Latin-1. */
    static byte[] decode(String text) {
        String body = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static void write(Path file, byte[] pkcs8) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "key", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's own permissions apply.
            }
            Files.writeString(temporary, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated audit signing key in " + file, e);
        }
    }
}
