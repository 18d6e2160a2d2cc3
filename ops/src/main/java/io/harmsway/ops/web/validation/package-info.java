/**
 * What a request may say before anything is recorded: text of printable characters within a
 * length, and times within a plausible span. The append-only store keeps every accepted value for
 * good, and the read models must be able to hold it (PostgreSQL refuses NUL in text and times
 * before 4713 BC), so these rules are checked at the edge, as Bean Validation constraints on the
 * request records, each refusal a 400 naming the field.
 */
package io.harmsway.ops.web.validation;
