package io.harmsway.ops.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;

/** Checks {@link PlausibleTime} on a time. */
public class PlausibleTimeValidator implements ConstraintValidator<PlausibleTime, Instant> {

    private final PlausibleTimes times;

    public PlausibleTimeValidator(PlausibleTimes times) {
        this.times = times;
    }

    @Override
    public boolean isValid(Instant time, ConstraintValidatorContext context) {
        return time == null || Violations.report(times.problemWith(time), context);
    }
}
