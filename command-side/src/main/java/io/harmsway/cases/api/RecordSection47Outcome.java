package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records the outcome of the section 47 enquiry, with a short summary of why. */
public record RecordSection47Outcome(@TargetAggregateIdentifier String caseId,
                                     Section47Outcome outcome,
                                     String summary,
                                     Instant occurredAt) implements CaseCommand {
}
