package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect was interviewed. */
public record RecordSuspectInterview(@TargetAggregateIdentifier String caseId,
                                     String suspectId,
                                     boolean underCaution,
                                     Instant occurredAt) implements SuspectCommand {
}
