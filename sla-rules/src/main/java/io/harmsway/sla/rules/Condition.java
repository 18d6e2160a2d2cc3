package io.harmsway.sla.rules;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One test of a field's value, written declaratively in a rule file: a plain value means
 * "equals"; {@code {not: X}}, {@code {in: [X, Y]}}, {@code {contains: X}} and
 * {@code {excludes: X}} say the rest. Values compare by their text (enum names, true/false, numbers).
 */
public record Condition(Operator operator, List<String> values) {

    public enum Operator { EQUALS, NOT, IN, CONTAINS, EXCLUDES }

    public boolean test(Object actual) {
        return switch (operator) {
            case EQUALS -> values.get(0).equals(text(actual));
            case NOT -> !values.get(0).equals(text(actual));
            case IN -> values.contains(text(actual));
            case CONTAINS -> elements(actual).contains(values.get(0));
            case EXCLUDES -> !elements(actual).contains(values.get(0));
        };
    }

    private static String text(Object value) {
        return value == null ? "null" : value.toString();
    }

    private static List<String> elements(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Objects::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    @Override
    public String toString() {
        return operator == Operator.EQUALS ? values.get(0) : operator.name().toLowerCase() + " " + values;
    }
}
