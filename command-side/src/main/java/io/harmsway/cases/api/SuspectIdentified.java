package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record SuspectIdentified(String caseId, String suspectId, Instant occurredAt) implements CaseEvent {
}
