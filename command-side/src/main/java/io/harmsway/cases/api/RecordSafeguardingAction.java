package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records safeguarding action taken for a child of the case. */
public record RecordSafeguardingAction(@TargetAggregateIdentifier String caseId,
                                       String childId,
                                       String action,
                                       Instant occurredAt) implements ChildCommand {
}
