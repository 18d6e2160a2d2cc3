package io.harmsway.ops.signin;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens in force, in table {@code api_token}. A token is 256 random bits; the table
 * keeps only its SHA-256 hash. A fast hash is enough here (unlike for passwords): nobody can
 * guess 256 random bits, so there is nothing for a slow hash to slow down.
 */
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lifetime;

    public ApiTokens(JdbcTemplate jdbc, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for the user, signed in from {@code address}; expired tokens are cleared away meanwhile. */
    public IssuedToken issue(String username, String address) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TEXT.encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        jdbc.update("delete from api_token where expires_at <= ?", utc(now));
        jdbc.update("insert into api_token (token_hash, username, issued_at, expires_at, issued_to) values (?, ?, ?, ?, ?)",
                hash(token), username, utc(now), utc(expiresAt), address);
        return IssuedToken.bearer(token, expiresAt, lifetime);
    }

    /** The token's holder, if the token was issued here and has not expired or been revoked. */
    public Optional<TokenHolder> holder(String token) {
        List<TokenHolder> found = jdbc.query(
                "select username, issued_at, expires_at from api_token where token_hash = ? and expires_at > ?",
                (row, n) -> new TokenHolder(row.getString("username"),
                        row.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        row.getObject("expires_at", OffsetDateTime.class).toInstant()),
                hash(token), utc(clock.instant()));
        return found.stream().findFirst();
    }

    /** Ends the token before its time (signing out); answers whether it was in force. */
    public boolean revoke(String token) {
        return jdbc.update("delete from api_token where token_hash = ? and expires_at > ?", hash(token),
                utc(clock.instant())) > 0;
    }

    /** Ends every token the user holds (disabled, or given a new password); answers how many were in force. */
    public int revokeAllOf(String username) {
        return jdbc.update("delete from api_token where username = ? and expires_at > ?", username, utc(clock.instant()));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Who holds a token in force, and the span it is valid for. */
    public record TokenHolder(String username, Instant issuedAt, Instant expiresAt) {
    }
}
