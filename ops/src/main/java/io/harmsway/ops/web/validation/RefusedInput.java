package io.harmsway.ops.web.validation;

/** A request part refused before any handler sees it: which field, and what is wrong, in plain words. */
public class RefusedInput extends RuntimeException {

    private final String field;

    public RefusedInput(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return getMessage();
    }
}
