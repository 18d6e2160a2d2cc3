package io.harmsway.sla.clock;

import java.time.Instant;

/** A running clock as the store keeps it. */
record OpenClock(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt,
                 Instant breachedAt) {
}
