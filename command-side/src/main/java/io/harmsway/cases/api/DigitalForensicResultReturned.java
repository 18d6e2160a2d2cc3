package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A digital forensic submission's result came back. */
@Revision("1")
public record DigitalForensicResultReturned(String caseId,
                                            String submissionReference,
                                            Instant occurredAt) implements CaseEvent {
}
