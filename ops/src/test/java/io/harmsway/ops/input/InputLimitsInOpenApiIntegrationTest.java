package io.harmsway.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document tells a client every limit before it is refused: each text field of each
 * request body its longest length, each list and map its most entries.
 */
@IntegrationTest
class InputLimitsInOpenApiIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyTextFieldAndCollectionOfEveryRequestHasItsLimit() {
        JsonNode schemas = Api.anonymous(http).get("/v3/api-docs").getBody().get("components").get("schemas");
        List<String> unlimited = new ArrayList<>();
        List<String> checked = new ArrayList<>();

        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            if (!schema.getKey().endsWith("Request")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> property : schema.getValue().get("properties").properties()) {
                String name = schema.getKey() + "." + property.getKey();
                String limit = limitOf(property.getValue());
                if (limit != null) {
                    checked.add(name);
                    if (!property.getValue().has(limit)) {
                        unlimited.add(name + " (no " + limit + ")");
                    }
                }
            }
        }

        assertThat(unlimited).isEmpty();
        assertThat(checked).contains("NoteRequest.text", "OpenCaseRequest.reportedVia", "CorrectionRequest.correctedValues",
                "StrategyDiscussionRequest.agencies", "ClockActionRequest.reason", "AcknowledgementRequest.note");
        assertThat(schemas.get("NoteRequest").get("properties").get("text").get("maxLength").asInt()).isEqualTo(4000);
    }

    /** The limit a property of this kind must state; none for times, numbers, booleans and enums. */
    private static String limitOf(JsonNode property) {
        String type = property.path("type").asText();
        if (type.equals("string") && !property.has("enum") && !property.has("format")) {
            return "maxLength";
        }
        if (type.equals("array")) {
            return "maxItems";
        }
        if (type.equals("object")) {
            return "maxProperties";
        }
        return null;
    }
}
