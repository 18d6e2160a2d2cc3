package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a digital forensic submission's result came back. */
public record RecordDigitalForensicResult(@TargetAggregateIdentifier String caseId,
                                          String submissionReference,
                                          Instant occurredAt) implements CaseCommand {
}
