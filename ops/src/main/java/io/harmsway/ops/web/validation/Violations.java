package io.harmsway.ops.web.validation;

import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/** Turns a rule's answer into a constraint violation whose message is the problem itself. */
final class Violations {

    private Violations() {
    }

    /** True when there is no problem; otherwise reports it and answers false. */
    static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literally(message)).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** A message template interprets {braces}, ${expressions} and backslashes; ours are plain text. */
    private static String literally(String message) {
        return message.replaceAll("([\\\\{}$])", "\\\\$1");
    }
}
