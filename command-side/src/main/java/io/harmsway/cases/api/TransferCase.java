package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Moves the case to another team and officer. */
public record TransferCase(@TargetAggregateIdentifier String caseId,
                           String toTeam,
                           String toOfficer,
                           Instant occurredAt) implements CaseCommand {
}
