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
 * Text of one line: printable characters only (no tab, no line break), each character
 * whole.
 * Null is valid: say {@code @NotNull} where a value is required. See {@link TextRules}.
 */
@Documented
@Constraint(validatedBy = SingleLineTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLineText {

    String message() default "must be one line of printable text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
