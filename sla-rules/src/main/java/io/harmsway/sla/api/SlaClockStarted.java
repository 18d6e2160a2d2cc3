package io.harmsway.sla.api;

import io.harmsway.cases.api.RiskGrade;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A clock started when {@code occurredAt}'s action happened; it is due at {@code dueAt}. */
@Revision("1")
public record SlaClockStarted(String clockId, String caseId, String ruleId, int ruleVersion, String ruleTitle,
                              String subjectId, RiskGrade riskGrade, Instant occurredAt,
                              Instant dueAt) implements ClockEvent {
}
