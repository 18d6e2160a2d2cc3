package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.ops.web.validation.Lengths;

import java.util.List;

import static io.harmsway.ops.input.fuzz.Expected.refused;
import static io.harmsway.ops.input.fuzz.Expected.refusedIf;
import static io.harmsway.ops.input.fuzz.Expected.valid;

/**
 * Lists of enum names (a set: a name given twice counts once) and maps of text: empty, too full,
 * with null or mistyped elements, with names and values that break the text rules.
 */
final class CollectionChanges {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CollectionChanges() {
    }

    static List<Change> of(Property property, JsonNode valid) {
        return property.kind() == Property.Kind.ENUM_SET ? enumSet(property, valid) : textMap(property, valid);
    }

    private static List<Change> enumSet(Property property, JsonNode valid) {
        String field = property.name();
        String first = property.enumValues().get(0);
        ArrayNode every = JSON.arrayNode();
        property.enumValues().forEach(every::add);
        ArrayNode repeated = JSON.arrayNode();
        for (int i = 0; i < 3000; i++) {
            repeated.add(first);
        }
        return List.of(
                new Change("empty", JSON.arrayNode(), refusedIf(property.required(), field)),
                new Change("every value", every, valid()),
                new Change("a value given twice", JSON.arrayNode().add(first).add(first), valid()),
                new Change("one value given 3000 times", repeated, valid()),
                new Change("a null element", ((ArrayNode) valid.deepCopy()).addNull(), refused(field)),
                new Change("an unknown element", ((ArrayNode) valid.deepCopy()).add("NOT_" + first), refused(field)),
                new Change("a number element", JSON.arrayNode().add(0), refused(field)),
                new Change("a padded element", JSON.arrayNode().add(" " + first), refused(field)),
                new Change("a nested list", JSON.arrayNode().add(JSON.arrayNode().add(first)), refused(field)),
                new Change("an object element", JSON.arrayNode().add(JSON.objectNode().put("name", first)), refused(field)));
    }

    private static List<Change> textMap(Property property, JsonNode valid) {
        String field = property.name();
        String key = valid.fieldNames().next();
        ObjectNode full = JSON.objectNode();
        for (int i = 0; i <= property.maxProperties(); i++) {
            full.put("field" + i, "x");
        }
        return List.of(
                new Change("empty", JSON.objectNode(), refused(field)),
                new Change("one entry too many", full, refused(field)),
                new Change("a null value", JSON.objectNode().putNull(key), refused(field)),
                new Change("a number value", JSON.objectNode().put(key, 5), refused(field)),
                new Change("a boolean value", JSON.objectNode().put(key, true), refused(field)),
                new Change("a list value", JSON.objectNode().set(key, JSON.arrayNode().add("x")), refused(field)),
                new Change("an object value", JSON.objectNode().set(key, JSON.objectNode()), refused(field)),
                new Change("NUL in a name", JSON.objectNode().put(key + "\u0000", "x"), refused(field)),
                new Change("a line break in a name", JSON.objectNode().put(key + "\n", "x"), refused(field)),
                new Change("a name too long", JSON.objectNode().put("n".repeat(Lengths.ID + 1), "x"), refused(field)),
                new Change("NUL in a value", JSON.objectNode().put(key, "a\u0000b"), refused(field)),
                new Change("half a character in a value", JSON.objectNode().put(key, "a\ud800"), refused(field)),
                new Change("a value too long", JSON.objectNode().put(key, "v".repeat(Lengths.TEXT + 1)), refused(field)),
                new Change("an implausible time", JSON.objectNode().put("occurredAt", "-200000-01-01T00:00:00Z"),
                        refused(field)),
                // Past the edge: the case knows which fields an entry has and what they hold.
                new Change("a field the entry does not have", JSON.objectNode().put("noSuchField", "x"), valid()),
                new Change("an emoji in a value", JSON.objectNode().put(key, "GP \ud83d\ude00"), valid()));
    }
}
