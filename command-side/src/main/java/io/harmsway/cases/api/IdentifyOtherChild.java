package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records another child possibly at risk; the case answers with the child's id within the case. */
public record IdentifyOtherChild(@TargetAggregateIdentifier String caseId,
                                 int ageYears,
                                 String context,
                                 Instant occurredAt) implements CaseCommand {
}
