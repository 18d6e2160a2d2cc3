/**
 * The Ed25519 key that signs tree heads (the JDK's own {@code Ed25519}): read from a PKCS#8 file or
 * a base64 setting, never from the repository, or, for the demo, generated once and kept beside the
 * exported checkpoints. Its public key is derived from it.
 */
package io.harmsway.audit.sign;
