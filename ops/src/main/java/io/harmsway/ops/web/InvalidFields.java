package io.harmsway.ops.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;

import java.util.Comparator;
import java.util.List;

/**
 * The fields a request's constraints refused, named as the caller wrote them and as Jackson's
 * refusals name them: {@code correctedValues.occurredAt} for a map's value, {@code agencies[0]}
 * for a list's element, the map itself for a fault in one of its field names.
 */
final class InvalidFields {

    private static final String MAP_VALUE = "<map value>";

    private InvalidFields() {
    }

    static List<FieldError> of(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> new FieldError(fieldOf(error), problemOf(error)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** A value that could not be bound (a query parameter of the wrong type) says what it should be, not Spring's message. */
    private static String problemOf(org.springframework.validation.FieldError error) {
        return error.contains(TypeMismatchException.class)
                ? ParameterValues.expected(error.unwrap(TypeMismatchException.class).getRequiredType())
                : error.getDefaultMessage();
    }

    private static String fieldOf(org.springframework.validation.FieldError error) {
        if (!error.contains(ConstraintViolation.class)) {
            return error.getField();
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : error.unwrap(ConstraintViolation.class).getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null && MAP_VALUE.equals(node.getName())) {
                    field.append('.').append(node.getKey());
                }
            }
        }
        return field.toString();
    }
}
