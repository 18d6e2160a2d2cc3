package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refusal by the access rule looks like to the caller. */
final class Refusals {

    private Refusals() {
    }

    /** 403 with a problem body naming the field it was refused on. */
    static JsonNode assertForbidden(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().path("status").asInt()).isEqualTo(403);
        assertThat(response.getBody().path("errors")).singleElement()
                .satisfies(error -> assertThat(error.path("field").asText()).isEqualTo(field))
                .satisfies(error -> assertThat(error.path("problem").asText()).isNotBlank());
        return response.getBody();
    }
}
