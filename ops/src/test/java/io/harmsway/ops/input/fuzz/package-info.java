/**
 * A fuzzer over every action endpoint, generated from the application's own OpenAPI document:
 * a valid body for each endpoint from its schema, then a thousand and more seeded mutations of
 * it, each judged by what the API promises (no 5xx; a refusal is a problem naming the field and
 * appends nothing; an acceptance is recorded and reaches the timeline).
 */
package io.harmsway.ops.input.fuzz;
