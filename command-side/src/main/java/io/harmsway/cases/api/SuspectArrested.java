package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect was arrested. */
@Revision("1")
public record SuspectArrested(String caseId,
                              String suspectId,
                              Instant occurredAt) implements CaseEvent {
}
