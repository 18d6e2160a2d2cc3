package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect's bail was extended, and on whose authority. */
public record ExtendBail(@TargetAggregateIdentifier String caseId,
                         String suspectId,
                         Instant bailEndsAt,
                         String authorisedBy,
                         Instant occurredAt) implements SuspectCommand {
}
