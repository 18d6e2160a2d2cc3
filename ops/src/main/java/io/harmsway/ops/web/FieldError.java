package io.harmsway.ops.web;

/** One thing wrong with a request: which field, and what is wrong with it. */
public record FieldError(String field, String problem) {
}
