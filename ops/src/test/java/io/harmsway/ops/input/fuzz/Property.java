package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.web.validation.Lengths;

import java.util.List;
import java.util.stream.StreamSupport;

/** One property of a request body's schema in the OpenAPI document, and whether the body must give it. */
record Property(String name, JsonNode schema, boolean required) {

    /** The kinds of value the fuzzer knows how to make valid and how to break. */
    enum Kind { TEXT, TIME, INTEGER, BOOLEAN, ENUM, ENUM_SET, TEXT_MAP }

    Kind kind() {
        String type = schema.path("type").asText();
        return switch (type) {
            case "string" -> schema.has("enum") ? Kind.ENUM
                    : schema.path("format").asText().equals("date-time") ? Kind.TIME : Kind.TEXT;
            case "integer" -> Kind.INTEGER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> {
                requireThat(schema.path("items").has("enum"));
                yield Kind.ENUM_SET;
            }
            case "object" -> {
                requireThat(schema.path("additionalProperties").path("type").asText().equals("string"));
                yield Kind.TEXT_MAP;
            }
            default -> throw unknown();
        };
    }

    /**
     * Free text of several lines: the API's convention is that exactly the fields of the longest
     * kind ({@link Lengths#TEXT}) take tabs and line breaks, every shorter one is a single line.
     * The document does not say it, so the fuzzer states it here, and fails if it stops holding.
     */
    boolean multiLine() {
        return maxLength() == Lengths.TEXT;
    }

    int maxLength() {
        return schema.path("maxLength").asInt(Integer.MAX_VALUE);
    }

    int minimum() {
        return schema.path("minimum").asInt(Integer.MIN_VALUE);
    }

    int maximum() {
        return schema.path("maximum").asInt(Integer.MAX_VALUE);
    }

    int maxProperties() {
        return schema.path("maxProperties").asInt(Integer.MAX_VALUE);
    }

    JsonNode example() {
        return schema.get("example");
    }

    /** The names an enum takes, or the names its list's items take. */
    List<String> enumValues() {
        JsonNode values = kind() == Kind.ENUM_SET ? schema.path("items").path("enum") : schema.path("enum");
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
    }

    private void requireThat(boolean known) {
        if (!known) {
            throw unknown();
        }
    }

    /** A new kind of field must teach the fuzzer how to break it, not pass unfuzzed. */
    private IllegalStateException unknown() {
        return new IllegalStateException("the fuzzer knows no way to make or break property '" + name + "': " + schema);
    }
}
