package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a child protection medical was requested for a child. */
public record RequestMedical(@TargetAggregateIdentifier String caseId,
                             String childId,
                             String requestedFrom,
                             Instant occurredAt) implements ChildCommand {
}
