package io.harmsway.audit.api;

/** The key that signs checkpoints: Ed25519, X.509 SubjectPublicKeyInfo, base64 and PEM; its id is in every checkpoint. */
public record PublicKey(String algorithm, String keyId, String base64, String pem) {
}
