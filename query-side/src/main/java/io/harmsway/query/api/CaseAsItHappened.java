package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case in the order its actions happened, everything recorded up to {@code asOf} (when it was
 * read). An entry is late when it was recorded more than {@code lateThreshold} after it happened;
 * {@code lateEntries} counts them.
 */
public record CaseAsItHappened(String caseId, Instant asOf, Duration lateThreshold, int lateEntries,
                               List<HappenedEntry> entries) {
}
