package io.harmsway.audit.sign;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.ProofCheck;
import io.harmsway.audit.api.TreeHash;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTest {

    @Test
    void aKeyReadFromItsPkcs8SignsAsTheOriginalAndItsPublicKeyChecksTheSignature() {
        SigningKey original = SigningKey.generate();
        SigningKey read = SigningKey.fromPkcs8(original.pkcs8());
        assertThat(read.publicKey()).isEqualTo(original.publicKey());

        Checkpoint signed = read.sign(0, 5, TreeHash.emptyTree(), TreeHash.chainStart(), Instant.parse("2026-03-02T09:00:00.123Z"));
        assertThat(ProofCheck.signature(signed, original.publicKey().base64())).isTrue();
        assertThat(original.signed(signed)).isTrue();

        Checkpoint otherSize = new Checkpoint(signed.format(), 0, 6, signed.rootHash(), signed.chainHead(), signed.time(),
                signed.keyId(), signed.signature());
        assertThat(original.signed(otherSize)).isFalse();
        assertThat(SigningKey.generate().signed(signed)).isFalse();
    }
}
