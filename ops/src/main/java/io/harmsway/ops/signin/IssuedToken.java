package io.harmsway.ops.signin;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token as the program that signed in receives it: the only time the token itself is
 * shown. Send it as {@code Authorization: Bearer <token>} until {@code expiresAt}, then sign in again.
 */
public record IssuedToken(
        @Schema(description = "the bearer token: send it as 'Authorization: Bearer <token>'") String token,
        @Schema(description = "always Bearer", example = "Bearer") String tokenType,
        @Schema(description = "when the token stops being accepted", example = "2026-11-20T09:45:00Z") Instant expiresAt,
        @Schema(description = "the token's lifetime in seconds", example = "900") long expiresInSeconds) {

    static IssuedToken bearer(String token, Instant expiresAt, Duration lifetime) {
        return new IssuedToken(token, "Bearer", expiresAt, lifetime.toSeconds());
    }

    /** Never the token itself: a record's default text would put it into whatever logs the object. */
    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
