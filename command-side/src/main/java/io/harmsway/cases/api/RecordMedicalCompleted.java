package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a child's child protection medical was completed. */
public record RecordMedicalCompleted(@TargetAggregateIdentifier String caseId,
                                     String childId,
                                     String examinedBy,
                                     String findingsReference,
                                     Instant occurredAt) implements ChildCommand {
}
