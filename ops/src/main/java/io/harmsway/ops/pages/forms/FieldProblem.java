package io.harmsway.ops.pages.forms;

/**
 * What is wrong with one field of a posted form, in words ({@code message}), and the id of the
 * element the error summary's link moves the focus to.
 */
public record FieldProblem(String field, String focusId, String message) {
}
