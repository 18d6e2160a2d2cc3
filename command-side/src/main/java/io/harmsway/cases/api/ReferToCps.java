package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect's case was referred to the CPS. */
public record ReferToCps(@TargetAggregateIdentifier String caseId,
                         String suspectId,
                         Instant occurredAt) implements SuspectCommand {
}
