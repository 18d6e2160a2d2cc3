package io.harmsway.ops.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signatures as the Standard Webhooks specification's own example computes them. */
class WebhookSignatureTest {

    @Test
    void signsTheSpecificationsExampleAsTheSpecificationDoes() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesAfterThePrefixAndVerifiesItsOwnSignatures() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_").isNotEqualTo(WebhookSignature.newSecret());
        String signature = WebhookSignature.sign(secret, "id", 1L, "{}");
        assertThat(WebhookReceiver.verifies(secret, "id", "1", "{}", signature)).isTrue();
        assertThat(WebhookReceiver.verifies(secret, "id", "2", "{}", signature)).isFalse();
        assertThatThrownBy(() -> WebhookSignature.sign("no-prefix", "id", 1L, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
