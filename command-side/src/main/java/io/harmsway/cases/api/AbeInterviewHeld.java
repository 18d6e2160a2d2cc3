package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A child's ABE interview was held. */
@Revision("1")
public record AbeInterviewHeld(String caseId,
                               String childId,
                               Instant occurredAt) implements CaseEvent {
}
