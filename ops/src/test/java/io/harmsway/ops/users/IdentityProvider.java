package io.harmsway.ops.users;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A force's identity provider as far as the application sees it: an RSA key of its own, its public
 * half published as a JWK set over real HTTP (a JDK server on a free port), and the access tokens it
 * signs. A second key, never published, signs forgeries.
 */
final class IdentityProvider implements AutoCloseable {

    static final String ISSUER = "https://idp.force.example/realms/harmsway";
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final RSAKey key = generate();
    private final RSAKey forger = generate();
    private final HttpServer server;

    IdentityProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(keys);
            }
        });
        server.start();
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /**
     * A token as the provider issues it at {@code now}, valid for five minutes: now is the
     * application's clock, by which the application judges a token's expiry.
     */
    String token(Map<String, Object> claims, Instant now) {
        return sign(key, ISSUER, now.plus(LIFETIME), claims);
    }

    String tokenSignedByAnotherKey(Map<String, Object> claims, Instant now) {
        return sign(forger.toRSAKey(), ISSUER, now.plus(LIFETIME), claims);
    }

    String tokenFromAnotherIssuer(Map<String, Object> claims, Instant now) {
        return sign(key, "https://somewhere.else.example", now.plus(LIFETIME), claims);
    }

    private static String sign(RSAKey signer, String issuer, Instant expiresAt, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).subject(UUID.randomUUID().toString())
                .issueTime(Date.from(expiresAt.minus(LIFETIME))).expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(signer));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Both keys share a key id, so a forgery is told apart by its signature alone. */
    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("force-key-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
