package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A child's ABE interview was not held, and why. */
@Revision("1")
public record AbeInterviewNotHeld(String caseId,
                                  String childId,
                                  String reason,
                                  Instant occurredAt) implements CaseEvent {
}
