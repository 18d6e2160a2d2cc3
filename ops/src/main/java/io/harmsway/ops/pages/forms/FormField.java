package io.harmsway.ops.pages.forms;

import java.util.List;

/**
 * One field of a generated form: its name (the request record's component), label and hint, what
 * kind of input it is, its choices (radios, checkboxes), its longest length, and whether it must be given.
 */
public record FormField(String name, String label, String hint, Kind kind, List<Choice> choices, Integer maxLength,
                        boolean required) {

    /** How a field is entered. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        TEXTAREA,
        /** A whole number. */
        NUMBER,
        /** Yes or no. */
        YES_NO,
        /** One of a few named values. */
        ONE_OF,
        /** Any of a few named values. */
        ANY_OF,
        /** A date and a 24-hour time, in London. */
        LONDON_TIME,
        /** A field name and its corrected value (a correction). */
        FIELD_AND_VALUE
    }

    /** A value a field can take and the words shown for it. */
    public record Choice(String value, String text) {
    }

    /** The id of the element an error summary's link focuses. */
    public String focusId() {
        return switch (kind) {
            case LONDON_TIME -> name + "-day";
            case FIELD_AND_VALUE -> name + "-field";
            case YES_NO, ONE_OF, ANY_OF -> name + "-0";
            default -> name;
        };
    }
}
