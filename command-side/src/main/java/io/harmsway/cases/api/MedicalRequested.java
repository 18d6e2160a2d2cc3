package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A child protection medical was requested for a child. */
@Revision("1")
public record MedicalRequested(String caseId,
                               String childId,
                               String requestedFrom,
                               Instant occurredAt) implements CaseEvent {
}
