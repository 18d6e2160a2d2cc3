package io.harmsway.query.api;

import java.time.Instant;

/** A breached SLA clock, as a supervisor sees it in the team's inbox. */
public record DelayAlert(String clockId, String caseId, String team, String riskGrade, String ruleId,
                         String ruleTitle, String subjectId, Instant dueAt, Instant raisedAt) {
}
