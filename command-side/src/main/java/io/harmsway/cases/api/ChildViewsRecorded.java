package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The child's own views were recorded (a reference to the record, not its content). */
@Revision("1")
public record ChildViewsRecorded(String caseId,
                                 String childId,
                                 String summaryReference,
                                 Instant occurredAt) implements CaseEvent {
}
