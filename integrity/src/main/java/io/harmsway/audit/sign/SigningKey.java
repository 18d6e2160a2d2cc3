package io.harmsway.audit.sign;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.PublicKey;
import io.harmsway.audit.api.TreeHash;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/** An Ed25519 key pair that signs tree heads; the key id is the first 8 bytes (hex) of SHA-256 of the public key. */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final String keyId;

    private SigningKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic().getEncoded();
        this.keyId = TreeHash.hex(Arrays.copyOf(TreeHash.leaf(publicKey), 8));
    }

    public static SigningKey generate() {
        try {
            return new SigningKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * The key from its PKCS#8 encoding. The JDK derives no public key from a private one, but its
     * Ed25519 generator takes the private key as the 32 random bytes it draws: fed those bytes, it
     * answers the same private key with its public key.
     */
    public static SigningKey fromPkcs8(byte[] pkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            byte[] seed = ((EdECPrivateKey) key).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the Ed25519 key has no private bytes"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(pair.getPrivate().getEncoded(), key.getEncoded())) {
                throw new IllegalStateException("could not derive the public key of the Ed25519 signing key");
            }
            return new SigningKey(pair);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the audit signing key is not an Ed25519 private key in PKCS#8: "
                    + e.getMessage(), e);
        }
    }

    public byte[] pkcs8() {
        return privateKey.getEncoded();
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        String base64 = Base64.getEncoder().encodeToString(publicKey);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey)
                + "\n-----END PUBLIC KEY-----\n";
        return new PublicKey("Ed25519", keyId, base64, pem);
    }

    /** A checkpoint of this tree head, signed now by this key. */
    public Checkpoint sign(long id, long treeSize, byte[] root, byte[] chainHead, Instant time) {
        String rootHex = TreeHash.hex(root);
        String chainHex = TreeHash.hex(chainHead);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(Checkpoint.signedText(treeSize, rootHex, chainHex, time, keyId));
            return new Checkpoint(Checkpoint.FORMAT, id, treeSize, rootHex, chainHex, time, keyId,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a tree head", e);
        }
    }

    public boolean signed(Checkpoint checkpoint) {
        return keyId.equals(checkpoint.keyId()) && ProofCheck.signature(checkpoint, publicKey().base64());
    }

    /** Hands the generator exactly the private key's bytes. */
    private static final class FixedBytes extends SecureRandom {

        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("Ed25519 asked for " + out.length + " bytes, not " + bytes.length);
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
