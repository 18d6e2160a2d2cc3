package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect's pre-charge bail was extended to {@code bailEndsAt} on someone's authority. */
@Revision("1")
public record BailExtended(String caseId,
                           String suspectId,
                           Instant bailEndsAt,
                           String authorisedBy,
                           Instant occurredAt) implements CaseEvent {
}
