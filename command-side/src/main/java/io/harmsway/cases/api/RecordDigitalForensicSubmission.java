package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that material was sent for digital forensic examination. */
public record RecordDigitalForensicSubmission(@TargetAggregateIdentifier String caseId,
                                              String submissionReference,
                                              Instant occurredAt) implements CaseCommand {
}
