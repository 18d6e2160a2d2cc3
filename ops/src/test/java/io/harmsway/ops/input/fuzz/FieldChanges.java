package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.harmsway.ops.input.fuzz.Expected.refused;
import static io.harmsway.ops.input.fuzz.Expected.refusedIf;

/**
 * Every change the fuzzer makes to one property: those of any property (left out, null, a value
 * of every other JSON kind, an element-wise wrap) and those of its own kind.
 */
final class FieldChanges {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FieldChanges() {
    }

    static List<Change> of(Property property, JsonNode valid, Random random) {
        List<Change> changes = new ArrayList<>(common(property, valid));
        changes.addAll(switch (property.kind()) {
            case TEXT -> TextChanges.of(property, valid.asText(), random);
            case TIME -> TimeChanges.of(property, valid);
            case INTEGER, BOOLEAN, ENUM -> ScalarChanges.of(property, valid);
            case ENUM_SET, TEXT_MAP -> CollectionChanges.of(property, valid);
        });
        return changes;
    }

    private static List<Change> common(Property property, JsonNode valid) {
        String field = property.name();
        boolean isArray = property.kind() == Property.Kind.ENUM_SET;
        boolean isObject = property.kind() == Property.Kind.TEXT_MAP;
        boolean isNumber = property.kind() == Property.Kind.INTEGER;
        boolean isBoolean = property.kind() == Property.Kind.BOOLEAN;
        List<Change> changes = new ArrayList<>(List.of(
                new Change("left out", null, refusedIf(property.required(), field)),
                new Change("null", JSON.nullNode(), refusedIf(property.required(), field)),
                new Change("the value inside a list", JSON.arrayNode().add(valid), refused(field)),
                new Change("the value inside an object", JSON.objectNode().set("value", valid), refused(field))));
        if (!isNumber) {
            changes.add(new Change("a number", JSON.numberNode(12), refused(field)));
            changes.add(new Change("a fraction", JSON.numberNode(1.5), refused(field)));
        }
        if (!isBoolean) {
            changes.add(new Change("a boolean", JSON.booleanNode(true), refused(field)));
        }
        if (isArray || isObject || isNumber || isBoolean) {
            changes.add(new Change("the value as text", JSON.textNode(valid.isContainerNode() ? "x" : valid.asText()),
                    refused(field)));
        }
        if (!isArray && !isObject) {
            changes.add(new Change("an empty list", JSON.arrayNode(), refused(field)));
            changes.add(new Change("an empty object", JSON.objectNode(), refused(field)));
        }
        return changes;
    }
}
