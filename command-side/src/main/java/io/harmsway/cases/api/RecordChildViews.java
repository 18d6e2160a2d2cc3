package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that the child's own views were recorded, by reference. */
public record RecordChildViews(@TargetAggregateIdentifier String caseId,
                               String childId,
                               String summaryReference,
                               Instant occurredAt) implements ChildCommand {
}
