package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect was arrested. */
public record RecordSuspectArrest(@TargetAggregateIdentifier String caseId,
                                  String suspectId,
                                  Instant occurredAt) implements SuspectCommand {
}
