package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that the child and family assessment was completed. */
public record RecordAssessmentCompleted(@TargetAggregateIdentifier String caseId,
                                        Instant occurredAt) implements CaseCommand {
}
