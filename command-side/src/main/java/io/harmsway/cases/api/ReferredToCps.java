package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect's case was referred to the Crown Prosecution Service for a charging decision. */
@Revision("1")
public record ReferredToCps(String caseId,
                            String suspectId,
                            Instant occurredAt) implements CaseEvent {
}
