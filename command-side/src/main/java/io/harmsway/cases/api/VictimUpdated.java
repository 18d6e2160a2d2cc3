package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A child victim or their family was updated: what they were told, and how. */
@Revision("1")
public record VictimUpdated(String caseId,
                            String childId,
                            String what,
                            String how,
                            Instant occurredAt) implements CaseEvent {
}
