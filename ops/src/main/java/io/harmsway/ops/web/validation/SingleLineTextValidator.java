package io.harmsway.ops.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLineText}: the first fault found is the message. */
public class SingleLineTextValidator implements ConstraintValidator<SingleLineText, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || Violations.report(TextRules.problemWith(text, TextRules.Lines.ONE), context);
    }
}
