package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect was released on pre-charge bail until {@code bailEndsAt}. */
@Revision("1")
public record SuspectBailed(String caseId,
                            String suspectId,
                            Instant bailEndsAt,
                            Instant occurredAt) implements CaseEvent {
}
