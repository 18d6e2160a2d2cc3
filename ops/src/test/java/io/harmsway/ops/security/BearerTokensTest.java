package io.harmsway.ops.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokensTest {

    @Test
    void tellsAJwtFromTheApplicationsOwnTokens() {
        assertThat(BearerTokens.looksLikeAJwt("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).isTrue();
        assertThat(BearerTokens.looksLikeAJwt("dGhpcyBpcyA0MyBjaGFyYWN0ZXJzIG9mIGJhc2U2NHVybA")).isFalse();
        assertThat(BearerTokens.looksLikeAJwt("a.b")).isFalse();
        assertThat(BearerTokens.looksLikeAJwt("a.b.c.d")).isFalse();
    }
}
