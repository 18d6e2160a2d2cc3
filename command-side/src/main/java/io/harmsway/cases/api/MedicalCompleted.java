package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A child protection medical was completed; the findings are a reference, never clinical detail. */
@Revision("1")
public record MedicalCompleted(String caseId,
                               String childId,
                               String examinedBy,
                               String findingsReference,
                               Instant occurredAt) implements CaseEvent {
}
