package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** A new value for one property of a valid body ({@code null}: the property left out), and what the API must answer. */
record Change(String description, JsonNode value, Expected expected) {
}
