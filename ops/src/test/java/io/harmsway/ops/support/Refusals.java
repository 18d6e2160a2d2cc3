package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal as a person reads it: the status, a problem body naming the field at fault in plain
 * words (no Java type, no stack trace), and nothing appended to the event store.
 */
public final class Refusals {

    /** What a body written for people never contains: Java packages, exception names, Jackson's own words. */
    private static final String TYPE_NAMES = "(?s).*(io\\.harmsway|java\\.|javax\\.|jakarta\\.|com\\.fasterxml|org\\."
            + "|Exception|\\bat [a-z]+\\.[a-z]|`|JsonToken|CoercionConfig|DeserializationFeature).*";

    private final EventStore events;

    public Refusals(EventStore events) {
        this.events = events;
    }

    /** Sends a request that must be refused with the status and name the field; answers the problem body. */
    public JsonNode refused(HttpStatus status, String field, Supplier<ResponseEntity<JsonNode>> request) {
        long before = events.count();

        ResponseEntity<JsonNode> response = request.get();

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertProblemForPeople(response);
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText()).contains(field);
        assertThat(events.count()).as("events appended by a refused request").isEqualTo(before);
        return response.getBody();
    }

    /** The same shape for every refusal: problem JSON with a status, a title and errors [{field, problem}]. */
    public static void assertProblemForPeople(ResponseEntity<JsonNode> response) {
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = response.getBody();
        assertThat(problem.get("status").asInt()).isEqualTo(response.getStatusCode().value());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("errors")).isNotEmpty();
        problem.get("errors").forEach(error -> {
            assertThat(error.get("field").asText()).isNotBlank();
            assertThat(error.get("problem").asText()).isNotBlank();
        });
        assertThat(problem.toString()).as("a problem body for people").doesNotMatch(TYPE_NAMES);
    }
}
