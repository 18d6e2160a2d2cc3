package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records a charging decision for a suspect. */
public record RecordChargingDecision(@TargetAggregateIdentifier String caseId,
                                     String suspectId,
                                     ChargingOutcome outcome,
                                     String reason,
                                     Instant occurredAt) implements SuspectCommand {
}
