package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a child's ABE interview was held. */
public record RecordAbeInterviewHeld(@TargetAggregateIdentifier String caseId,
                                     String childId,
                                     Instant occurredAt) implements ChildCommand {
}
