package io.harmsway.cases.api.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The key by which the store finds a case's events, its own and its clocks' (clock events have no
 * aggregate id): the bytes the stored JSON holds between {@code "caseId":"} and the next quote, at
 * most {@value #MAX_BYTES}, as the database function {@code event_case_key(payload)} of the V10
 * migration takes them for its index. Every event names {@code caseId} before any nested field.
 */
public final class CaseKey {

    /** As many bytes as {@code event_case_key} keeps. */
    public static final int MAX_BYTES = 200;

    /** Only ever used to write a string, never configured after this. */
    private static final ObjectMapper JSON = EventFormat.objectMapper();

    private CaseKey() {
    }

    /** The key of this case id, escaped as the stored JSON writes it. */
    public static byte[] of(String caseId) {
        try {
            String quoted = JSON.writeValueAsString(caseId);
            byte[] escaped = quoted.substring(1, quoted.length() - 1).getBytes(StandardCharsets.UTF_8);
            int end = 0;
            while (end < escaped.length && escaped[end] != '"' && end < MAX_BYTES) {
                end++;
            }
            return Arrays.copyOf(escaped, end);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a case id as JSON", e);
        }
    }
}
