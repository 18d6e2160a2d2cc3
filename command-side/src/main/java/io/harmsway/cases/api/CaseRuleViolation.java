package io.harmsway.cases.api;

/**
 * A command the case refuses: names the field at fault and the problem, so the caller can be
 * told exactly what to change. Nothing is recorded when this is thrown.
 */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
