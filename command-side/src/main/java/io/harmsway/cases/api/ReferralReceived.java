package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A referral opened the case; its child is {@code childId} and its first risk grade is {@code riskGrade}. */
@Revision("1")
public record ReferralReceived(String caseId,
                               String team,
                               String childId,
                               int childAgeYears,
                               AllegationCategory allegation,
                               RiskGrade riskGrade,
                               String reportedVia,
                               String reportedBy,
                               boolean physicalSymptoms,
                               Instant occurredAt) implements CaseEvent {
}
