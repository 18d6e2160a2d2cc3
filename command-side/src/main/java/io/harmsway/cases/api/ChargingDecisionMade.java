package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A charging decision was made for a suspect; {@code reason} says why when there is no further action. */
@Revision("1")
public record ChargingDecisionMade(String caseId,
                                   String suspectId,
                                   ChargingOutcome outcome,
                                   String reason,
                                   Instant occurredAt) implements CaseEvent {
}
