package io.harmsway.ops.web;

/** The id of what a request created, within its case where it is a child or suspect. */
public record Created(String id) {
}
