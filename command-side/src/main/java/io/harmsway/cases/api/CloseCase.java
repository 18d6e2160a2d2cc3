package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Closes the case with an outcome. */
public record CloseCase(@TargetAggregateIdentifier String caseId,
                        String outcome,
                        Instant occurredAt) implements CaseCommand {
}
