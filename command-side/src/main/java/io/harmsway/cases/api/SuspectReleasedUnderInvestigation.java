package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A suspect was released under investigation, without a bail time limit. */
@Revision("1")
public record SuspectReleasedUnderInvestigation(String caseId,
                                                String suspectId,
                                                Instant occurredAt) implements CaseEvent {
}
