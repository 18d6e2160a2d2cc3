package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that evidence was seized. */
public record RecordEvidenceSeized(@TargetAggregateIdentifier String caseId,
                                   String reference,
                                   String description,
                                   Instant occurredAt) implements CaseCommand {
}
