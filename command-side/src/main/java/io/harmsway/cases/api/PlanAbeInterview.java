package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a child's ABE interview was planned; {@code plannedFor} may lie ahead. */
public record PlanAbeInterview(@TargetAggregateIdentifier String caseId,
                               String childId,
                               Instant plannedFor,
                               Instant occurredAt) implements ChildCommand {
}
