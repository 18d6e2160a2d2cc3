package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static io.harmsway.ops.input.fuzz.Expected.refused;
import static io.harmsway.ops.input.fuzz.Expected.valid;

/** Whole numbers at and beyond their range and as fractions; booleans as numbers and words; enum names bent. */
final class ScalarChanges {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ScalarChanges() {
    }

    static List<Change> of(Property property, JsonNode valid) {
        return switch (property.kind()) {
            case INTEGER -> wholeNumber(property);
            case BOOLEAN -> bool(property, valid);
            case ENUM -> enumeration(property, valid.asText());
            default -> throw new IllegalArgumentException(property.name() + " is not a scalar");
        };
    }

    private static List<Change> wholeNumber(Property property) {
        String field = property.name();
        return List.of(
                new Change("its least", JSON.numberNode(property.minimum()), valid()),
                new Change("its greatest", JSON.numberNode(property.maximum()), valid()),
                new Change("one below its least", JSON.numberNode(property.minimum() - 1L), refused(field)),
                new Change("one above its greatest", JSON.numberNode(property.maximum() + 1L), refused(field)),
                new Change("a fraction", JSON.numberNode(property.minimum() + 0.5), refused(field)),
                new Change("a whole number written as a fraction", JSON.numberNode(property.maximum() + 0.0), refused(field)),
                new Change("a whole number in exponent notation", JSON.numberNode(1e1), refused(field)),
                new Change("beyond 32 bits", JSON.numberNode(2_147_483_648L), refused(field)),
                new Change("below 64 bits", JSON.numberNode(new BigInteger("-9223372036854775809")), refused(field)),
                new Change("a negative fraction", JSON.numberNode(-0.5), refused(field)),
                new Change("a fraction with a huge exponent", JSON.numberNode(new BigDecimal("1E+999999")), refused(field)),
                new Change("a number of 2000 digits", JSON.numberNode(new BigInteger("9".repeat(2000))),
                        refused(field, "body")));
    }

    private static List<Change> bool(Property property, JsonNode valid) {
        String field = property.name();
        return List.of(
                new Change("the other value", JSON.booleanNode(!valid.asBoolean()), valid()),
                new Change("one", JSON.numberNode(1), refused(field)),
                new Change("zero", JSON.numberNode(0), refused(field)),
                new Change("yes", JSON.textNode("yes"), refused(field)),
                new Change("in capitals", JSON.textNode("TRUE"), refused(field)));
    }

    private static List<Change> enumeration(Property property, String valid) {
        String field = property.name();
        List<String> values = property.enumValues();
        String other = values.get((values.indexOf(valid) + 1) % values.size());
        return List.of(
                new Change("another of its values", JSON.textNode(other), valid()),
                new Change("a value it does not have", JSON.textNode("NOT_" + valid), refused(field)),
                new Change("in lower case", JSON.textNode(valid.toLowerCase()), refused(field)),
                new Change("padded with spaces", JSON.textNode(" " + valid + " "), refused(field)),
                new Change("with a zero-width space", JSON.textNode(valid + "\u200b"), refused(field)),
                new Change("by its index", JSON.numberNode(0), refused(field)),
                new Change("empty", JSON.textNode(""), refused(field)));
    }
}
