package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records a (re-)assessment of the risk to the child. */
public record RecordRiskAssessment(@TargetAggregateIdentifier String caseId,
                                   RiskGrade riskGrade,
                                   String rationale,
                                   Instant occurredAt) implements CaseCommand {
}
