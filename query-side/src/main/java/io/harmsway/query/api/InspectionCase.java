package io.harmsway.query.api;

import java.time.Instant;

/** A case behind a figure: enough to find it and open its timeline. */
public record InspectionCase(String caseId, String team, String allegation, String riskGrade, Instant referredAt,
                             Instant closedAt, String grade) {
}
