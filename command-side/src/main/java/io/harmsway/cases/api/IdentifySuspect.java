package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a suspect was identified; the case answers with the suspect's id within the case. */
public record IdentifySuspect(@TargetAggregateIdentifier String caseId,
                              boolean hasAccessToChildren,
                              Instant occurredAt) implements CaseCommand {
}
