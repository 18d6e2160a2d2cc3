package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP API as one demo user sees it: JSON text in, parsed JSON out. The user signs in once
 * ({@code POST /api/tokens}, password {@code <name>-demo}) and sends the bearer token with every
 * request; the token is kept for the whole test run and taken anew only when the test clock has
 * moved past its expiry.
 */
public class Api {

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private final TestRestTemplate http;
    private final String user;

    private Api(TestRestTemplate http, String user) {
        this.http = http;
        this.user = user;
    }

    public static Api as(TestRestTemplate http, String user) {
        return new Api(http, user);
    }

    public static Api anonymous(TestRestTemplate http) {
        return new Api(http, null);
    }

    /** {@code POST /api/tokens} with the given credentials and any extra headers: the raw answer. */
    public static ResponseEntity<JsonNode> signIn(TestRestTemplate http, String user, String password,
                                                  HttpHeaders extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.addAll(extraHeaders);
        String credentials = JsonNodeFactory.instance.objectNode().put("username", user).put("password", password)
                .toString();
        return http.exchange("/api/tokens", HttpMethod.POST, new HttpEntity<>(credentials, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String path, String json) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /** Sends the body exactly as given, byte for byte (a byte-order mark, a charset of its own). */
    public ResponseEntity<JsonNode> post(String path, byte[] body, MediaType contentType) {
        HttpHeaders headers = headers();
        headers.setContentType(contentType);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> exchange(String path, HttpMethod method, HttpEntity<?> request) {
        HttpHeaders headers = headers();
        headers.addAll(request.getHeaders());
        return http.exchange(path, method, new HttpEntity<>(request.getBody(), headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JsonNode.class);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBearerAuth(token());
        }
        return headers;
    }

    /** The value of this user's Authorization header, for requests sent past the client library. */
    public String authorization() {
        return "Bearer " + token();
    }

    private String token() {
        Instant now = IntegrationTest.TestClock.CLOCK.instant();
        return TOKENS.compute(http.getRootUri() + " " + user,
                (key, known) -> known != null && now.isBefore(known.expiresAt()) ? known : signIn()).value();
    }

    private Token signIn() {
        ResponseEntity<JsonNode> answer = signIn(http, user, user + "-demo", new HttpHeaders());
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("could not sign in as " + user + ": " + answer);
        }
        return new Token(answer.getBody().get("token").asText(), Instant.parse(answer.getBody().get("expiresAt").asText()));
    }

    private record Token(String value, Instant expiresAt) {
    }

    /** Reads a path sent exactly as written: no template expansion, no encoding of '%'. */
    public ResponseEntity<JsonNode> get(URI path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JsonNode.class);
    }

    /** Opens a case and answers its id. */
    public String openCase(String riskGrade, java.time.Instant referredAt) {
        ResponseEntity<JsonNode> response = post("/api/cases", """
                {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "%s",
                 "reportedVia": "phone call to MASH", "reportedBy": "school", "physicalSymptoms": true, "occurredAt": "%s"}"""
                .formatted(riskGrade, referredAt));
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("could not open a case: " + response);
        }
        return response.getBody().get("id").asText();
    }

    public String identifySuspect(String caseId, java.time.Instant at) {
        ResponseEntity<JsonNode> response = post("/api/cases/" + caseId + "/suspects",
                "{\"hasAccessToChildren\": false, \"occurredAt\": \"" + at + "\"}");
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("could not identify a suspect: " + response);
        }
        return response.getBody().get("id").asText();
    }

    /** The body of a pause or a resumption: why, and when it happened. */
    public static String clockAction(String reason, java.time.Instant occurredAt) {
        return "{\"reason\": \"" + reason + "\", \"occurredAt\": \"" + occurredAt + "\"}";
    }
}
