package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records what was decided on the referral. */
public record RecordReferralDecision(@TargetAggregateIdentifier String caseId,
                                     String decision,
                                     Instant occurredAt) implements CaseCommand {
}
