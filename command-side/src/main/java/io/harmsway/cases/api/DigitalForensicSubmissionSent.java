package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Material was submitted for digital forensic examination. */
@Revision("1")
public record DigitalForensicSubmissionSent(String caseId,
                                            String submissionReference,
                                            Instant occurredAt) implements CaseEvent {
}
