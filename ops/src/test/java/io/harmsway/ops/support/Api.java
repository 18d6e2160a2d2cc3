package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The HTTP API as one demo user sees it: JSON text in, parsed JSON out. */
public class Api {

    private final TestRestTemplate http;

    private Api(TestRestTemplate http) {
        this.http = http;
    }

    public static Api as(TestRestTemplate http, String user) {
        return new Api(http.withBasicAuth(user, user + "-demo"));
    }

    public static Api anonymous(TestRestTemplate http) {
        return new Api(http);
    }

    public ResponseEntity<JsonNode> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /** Sends the body exactly as given, byte for byte (a byte-order mark, a charset of its own). */
    public ResponseEntity<JsonNode> post(String path, byte[] body, MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> exchange(String path, HttpMethod method, HttpEntity<?> request) {
        return http.exchange(path, method, request, JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    /** Reads a path sent exactly as written: no template expansion, no encoding of '%'. */
    public ResponseEntity<JsonNode> get(URI path) {
        return http.getForEntity(path, JsonNode.class);
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
}
