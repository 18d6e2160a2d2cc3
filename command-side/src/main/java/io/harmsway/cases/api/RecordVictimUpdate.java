package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that a child victim or their family was updated. */
public record RecordVictimUpdate(@TargetAggregateIdentifier String caseId,
                                 String childId,
                                 String what,
                                 String how,
                                 Instant occurredAt) implements ChildCommand {
}
