package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect was released under investigation. */
public record ReleaseUnderInvestigation(@TargetAggregateIdentifier String caseId,
                                        String suspectId,
                                        Instant occurredAt) implements SuspectCommand {
}
