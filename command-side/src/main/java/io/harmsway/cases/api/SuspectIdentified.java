package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect was identified; the case gives it {@code suspectId}. */
@Revision("1")
public record SuspectIdentified(String caseId,
                                String suspectId,
                                boolean hasAccessToChildren,
                                Instant occurredAt) implements CaseEvent {
}
