package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Adds a free-text note to the case. */
public record AddNote(@TargetAggregateIdentifier String caseId,
                      String text,
                      Instant occurredAt) implements CaseCommand {
}
