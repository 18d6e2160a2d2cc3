package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The risk to the child was (re-)assessed; {@code previousGrade} is null at the first assessment. */
@Revision("1")
public record RiskAssessed(String caseId,
                           RiskGrade riskGrade,
                           RiskGrade previousGrade,
                           String rationale,
                           Instant occurredAt) implements CaseEvent {
}
