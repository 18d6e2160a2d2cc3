package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect was eliminated from the enquiry, and why. */
@Revision("1")
public record SuspectEliminated(String caseId,
                                String suspectId,
                                String reason,
                                Instant occurredAt) implements CaseEvent {
}
