package io.harmsway.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.RawHttp;
import io.harmsway.ops.support.Refusals;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body is limited before it is read: a Content-Length above the limit is answered 413
 * at once, without waiting for the body; a body of unannounced length is read only up to the
 * limit. The largest legitimate action fits with room to spare.
 */
class RequestSizeIntegrationTest extends IntegrationTestBase {

    private static final long ONE_GIGABYTE = 1L << 30;

    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    Instant now;
    String caseId;

    @BeforeEach
    void openCase() {
        now = clock.instant();
        caseId = ivy.openCase("HIGH", now.minus(Duration.ofDays(1)));
    }

    @Test
    void refusesAnAnnouncedGigabyteWithoutWaitingForIt() throws IOException {
        long before = events.count();

        // The body is never sent: an answer can only come from a server that did not wait to read it.
        ResponseEntity<JsonNode> response = new RawHttp(port).send("POST /api/cases/" + caseId + "/notes HTTP/1.1\r\n"
                + "Host: localhost\r\n" + RawHttp.authorization(ivy)
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + ONE_GIGABYTE + "\r\n\r\n"
                + "{\"text\": \"");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        Refusals.assertProblemForPeople(response);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(response.getBody().get("detail").asText()).contains("65536");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void readsABodyOfUnannouncedLengthOnlyUpToTheLimit() throws Exception {
        long before = events.count();
        byte[] note = "{\"text\": \"%s\", \"occurredAt\": \"%s\"}".formatted("x".repeat(200_000), now)
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseId + "/notes"))
                .header("Authorization", ivy.authorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(note)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        HttpHeaders headers = new HttpHeaders();
        response.headers().firstValue("Content-Type").ifPresent(type -> headers.set("Content-Type", type));
        Refusals.assertProblemForPeople(new ResponseEntity<>(json.readTree(response.body()), headers, 413));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void recordsANoteOfTheLongestLengthInCharactersOfThreeBytes() {
        ResponseEntity<JsonNode> response = ivy.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"%s\", \"occurredAt\": \"%s\"}".formatted("€".repeat(4000), now));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void letsTheLargestCorrectionReachTheCase() {
        String referral = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.ReferralReceived'""", String.class, caseId);
        StringBuilder values = new StringBuilder("{");
        for (int field = 1; field <= 12; field++) {
            values.append(field == 1 ? "" : ", ").append("\"field").append(field).append("\": \"")
                    .append("v".repeat(4000)).append('"');
        }
        values.append('}');

        ResponseEntity<JsonNode> response = ivy.post("/api/cases/" + caseId + "/corrections", """
                {"correctedEventId": "%s", "correctedValues": %s, "reason": "%s"}"""
                .formatted(referral, values, "r".repeat(4000)));

        assertThat(response.getStatusCode()).as("judged by the case (no such fields), not refused for its size")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
