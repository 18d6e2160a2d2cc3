package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect was interviewed, under caution or voluntarily. */
@Revision("1")
public record SuspectInterviewed(String caseId,
                                 String suspectId,
                                 boolean underCaution,
                                 Instant occurredAt) implements CaseEvent {
}
