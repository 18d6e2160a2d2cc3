package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect was eliminated from the enquiry. */
public record EliminateSuspect(@TargetAggregateIdentifier String caseId,
                               String suspectId,
                               String reason,
                               Instant occurredAt) implements SuspectCommand {
}
