package io.harmsway.query.api;

import java.time.Instant;

/** A case exactly as it was known at {@code at}: only what had been recorded by then. */
public record CaseAsKnownQuery(String caseId, Instant at) {
}
