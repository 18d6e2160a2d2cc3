package io.harmsway.ops.pages.forms;

/**
 * What an action is about beyond the case: nothing more, one of the case's children, one of its
 * suspects, or a forensic submission, each known by its reference in the case.
 */
public enum Subject {
    CASE(null, null), CHILD("childId", "Which child"), SUSPECT("suspectId", "Which suspect"),
    SUBMISSION("submissionReference", "Which submission");

    private final String field;
    private final String question;

    Subject(String field, String question) {
        this.field = field;
        this.question = question;
    }

    /** The name of the form field (and of the field the case names in a refusal), or null for the case itself. */
    public String field() {
        return field;
    }

    public String question() {
        return question;
    }
}
