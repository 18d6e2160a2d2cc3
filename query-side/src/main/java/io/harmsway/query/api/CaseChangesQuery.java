package io.harmsway.query.api;

import java.time.Instant;

/** What was recorded on a case after {@code from} and up to {@code to}. */
public record CaseChangesQuery(String caseId, Instant from, Instant to) {
}
