package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The child and family assessment was completed. */
@Revision("1")
public record AssessmentCompleted(String caseId,
                                  Instant occurredAt) implements CaseEvent {
}
