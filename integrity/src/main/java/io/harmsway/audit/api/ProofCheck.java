package io.harmsway.audit.api;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The checks an outside verifier runs, with nothing but a checkpoint, a proof and the public key:
 * the checkpoint's Ed25519 signature, and RFC 9162's verification of inclusion (section 2.1.3.2)
 * and consistency (section 2.1.4.2) proofs against the roots the checkpoints sign.
 */
public final class ProofCheck {

    private ProofCheck() {
    }

    /** True when the checkpoint's signature over its signed text is the given key's (X.509, base64). */
    public static boolean signature(Checkpoint checkpoint, String publicKeyBase64) {
        try {
            var key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** RFC 9162 2.1.3.2: the leaf hash and path lead to the checkpoint's root. */
    public static boolean inclusion(InclusionProof proof) {
        try {
            return inclusion(proof.leafIndex(), proof.checkpoint().treeSize(), TreeHash.fromHex(proof.leafHash()),
                    hashes(proof.path()), TreeHash.fromHex(proof.checkpoint().rootHash()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public static boolean inclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 2.1.4.2: the tree of {@code from} is a prefix of the tree of {@code to}. */
    public static boolean consistency(ConsistencyProof proof) {
        try {
            return consistency(proof.from().treeSize(), proof.to().treeSize(), TreeHash.fromHex(proof.from().rootHash()),
                    TreeHash.fromHex(proof.to().rootHash()), hashes(proof.path()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public static boolean consistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstHash, secondHash);
        }
        if (first == 0) {
            // The empty tree is a prefix of every tree; nothing to prove.
            return proof.isEmpty() && Arrays.equals(firstHash, TreeHash.emptyTree());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = TreeHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(TreeHash::fromHex).toList();
    }
}
