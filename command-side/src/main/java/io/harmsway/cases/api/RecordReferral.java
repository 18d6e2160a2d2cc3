package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Opens a case from a referral about a child. The child becomes {@code child-1} of the case. */
public record RecordReferral(@TargetAggregateIdentifier String caseId,
                             String team,
                             int childAgeYears,
                             AllegationCategory allegation,
                             RiskGrade riskGrade,
                             String reportedVia,
                             String reportedBy,
                             boolean physicalSymptoms,
                             Instant occurredAt) implements CaseCommand {
}
