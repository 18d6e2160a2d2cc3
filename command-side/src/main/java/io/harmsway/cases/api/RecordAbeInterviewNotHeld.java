package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a child's ABE interview was not held, and why. */
public record RecordAbeInterviewNotHeld(@TargetAggregateIdentifier String caseId,
                                        String childId,
                                        String reason,
                                        Instant occurredAt) implements ChildCommand {
}
