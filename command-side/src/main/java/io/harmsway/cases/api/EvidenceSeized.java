package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Evidence was seized; {@code reference} is the exhibit reference. */
@Revision("1")
public record EvidenceSeized(String caseId,
                             String reference,
                             String description,
                             Instant occurredAt) implements CaseEvent {
}
