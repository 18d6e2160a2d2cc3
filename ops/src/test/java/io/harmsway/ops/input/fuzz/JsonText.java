package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;

/**
 * Bodies as JSON text. Every character beyond ASCII is written as a {@code \\u} escape, so that
 * half a character (an unpaired surrogate) reaches the server as the client meant it: no UTF-8
 * encoder can write one, and would send a '?' instead.
 */
final class JsonText {

    private static final JsonMapper ESCAPED = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonMapper RAW = JsonMapper.builder().build();

    private JsonText() {
    }

    static String escaped(JsonNode body) {
        return write(ESCAPED, body);
    }

    /** As most clients write it: characters beyond ASCII in UTF-8 (only for whole characters). */
    static String raw(JsonNode body) {
        return write(RAW, body);
    }

    private static String write(JsonMapper mapper, JsonNode body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
