package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseRuleViolation;

/** The refusals every part of the case uses: a named field, and what is wrong with it. */
final class Require {

    private Require() {
    }

    static void that(boolean condition, String field, String problem) {
        if (!condition) {
            throw new CaseRuleViolation(field, problem);
        }
    }

    static void text(String value, String field) {
        that(value != null && !value.isBlank(), field, "must be given");
    }

    static void given(Object value, String field) {
        that(value != null, field, "must be given");
    }
}
