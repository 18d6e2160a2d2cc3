package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;

/**
 * A body each target accepts, made from its endpoint's schema: every property, required or not,
 * with its example, else its first enum value, the middle of its range, {@code true} or a word.
 * Times are made near the test clock (the examples' are months ahead of it), and the few values
 * only the case knows are taken from it.
 */
final class ValidBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Instant now;

    ValidBodies(Instant now) {
        this.now = now;
    }

    ObjectNode of(Target target) {
        ObjectNode body = JSON.objectNode();
        for (Property property : target.endpoint().properties()) {
            body.set(property.name(), valueOf(property, target));
        }
        return body;
    }

    private JsonNode valueOf(Property property, Target target) {
        return switch (property.name()) {
            // After everything the prepared case holds (recorded a day ago), and never in the future.
            case "occurredAt" -> JSON.textNode(now.minus(Duration.ofHours(1)).toString());
            // An entry of this case, and one of its fields that may be corrected.
            case "correctedEventId" -> JSON.textNode(target.referralEventId());
            case "correctedValues" -> JSON.objectNode().put("reportedBy", "GP");
            // A transfer that keeps the case with its officer, so that the run may go on acting on it.
            case "toTeam" -> JSON.textNode("north");
            case "toOfficer" -> JSON.textNode(target.user());
            default -> fromSchema(property);
        };
    }

    private JsonNode fromSchema(Property property) {
        JsonNode example = property.example();
        return switch (property.kind()) {
            // A bail's end, an interview's plan: after the action, and after the prepared bail's end.
            case TIME -> JSON.textNode(now.plus(Duration.ofDays(90)).toString());
            case ENUM -> example != null ? example : JSON.textNode(property.enumValues().get(0));
            case ENUM_SET -> example != null ? example : JSON.arrayNode().add(property.enumValues().get(0));
            case INTEGER -> example != null ? example
                    : JSON.numberNode((property.minimum() + property.maximum()) / 2);
            case BOOLEAN -> example != null ? example : JSON.booleanNode(true);
            case TEXT -> example != null ? example : JSON.textNode("recorded by the fuzzer");
            case TEXT_MAP -> example;
        };
    }
}
