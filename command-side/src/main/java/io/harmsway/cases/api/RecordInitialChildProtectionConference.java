package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that the initial child protection conference was held. */
public record RecordInitialChildProtectionConference(@TargetAggregateIdentifier String caseId,
                                                     Instant occurredAt) implements CaseCommand {
}
