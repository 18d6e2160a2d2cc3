package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect was released on pre-charge bail until {@code bailEndsAt}. */
public record BailSuspect(@TargetAggregateIdentifier String caseId,
                          String suspectId,
                          Instant bailEndsAt,
                          Instant occurredAt) implements SuspectCommand {
}
