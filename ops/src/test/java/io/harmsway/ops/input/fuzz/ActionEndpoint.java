package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * An endpoint that records an action, as the OpenAPI document describes it: a POST with a JSON
 * body on a case ({@code /api/cases...}) or on a clock ({@code /api/sla/clocks/...}).
 */
record ActionEndpoint(String template, List<Property> properties) {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final String JSON = "application/json";

    /** Every action endpoint the document lists, in the order of their paths. */
    static List<ActionEndpoint> in(JsonNode openApi) {
        List<ActionEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            JsonNode body = path.getValue().path("post").path("requestBody").path("content").path(JSON);
            if (isAction(path.getKey()) && !body.isMissingNode()) {
                endpoints.add(new ActionEndpoint(path.getKey(), properties(schemaOf(body.path("schema"), openApi))));
            }
        }
        endpoints.sort(Comparator.comparing(ActionEndpoint::template));
        return endpoints;
    }

    static boolean isAction(String path) {
        return path.equals("/api/cases") || path.startsWith("/api/cases/") || path.startsWith("/api/sla/clocks/");
    }

    List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    boolean onClock() {
        return template.startsWith("/api/sla/clocks/");
    }

    /** The last part of the path: the action ({@code pause}, {@code notes}...). */
    String action() {
        return template.substring(template.lastIndexOf('/') + 1);
    }

    private static JsonNode schemaOf(JsonNode schema, JsonNode openApi) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : openApi.at(ref.substring(1));
    }

    private static List<Property> properties(JsonNode schema) {
        List<String> required = StreamSupport.stream(schema.path("required").spliterator(), false)
                .map(JsonNode::asText).toList();
        return schema.path("properties").properties().stream()
                .map(property -> new Property(property.getKey(), property.getValue(), required.contains(property.getKey())))
                .toList();
    }

    @Override
    public String toString() {
        return "POST " + template;
    }
}
