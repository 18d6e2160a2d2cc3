package io.harmsway.ops.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A time no earlier than 1900 and no further ahead than the horizon
 * ({@code harmsway.web.time-horizon}, default ten years): see {@link PlausibleTimes}. On text (a
 * corrected value) it applies when the text is an ISO-8601 instant; other text is left to the
 * case, which knows what the corrected field holds. Null is valid.
 */
@Documented
@Constraint(validatedBy = {PlausibleTimeValidator.class, PlausibleTimeTextValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleTime {

    String message() default "must be a plausible time";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
