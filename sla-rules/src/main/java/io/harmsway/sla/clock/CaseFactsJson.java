package io.harmsway.sla.clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.sla.rules.CaseFacts;

import java.util.Map;

/** The case facts as {@code sla_case.facts} keeps them: a flat JSON object of texts. */
final class CaseFactsJson {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    String write(CaseFacts facts) {
        try {
            return json.writeValueAsString(facts.facts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write case facts", e);
        }
    }

    CaseFacts read(String text) {
        try {
            return new CaseFacts(json.readValue(text, TEXTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read case facts", e);
        }
    }
}
