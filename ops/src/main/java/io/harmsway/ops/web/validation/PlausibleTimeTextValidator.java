package io.harmsway.ops.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Checks {@link PlausibleTime} on text that is an ISO-8601 instant, such as a corrected {@code occurredAt}. */
public class PlausibleTimeTextValidator implements ConstraintValidator<PlausibleTime, CharSequence> {

    private final PlausibleTimes times;

    public PlausibleTimeTextValidator(PlausibleTimes times) {
        this.times = times;
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        try {
            return Violations.report(times.problemWith(Instant.parse(text)), context);
        } catch (DateTimeParseException notATime) {
            return true;
        }
    }
}
