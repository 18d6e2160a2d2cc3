package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case was closed with an outcome; nothing more can be recorded on it. */
@Revision("1")
public record CaseClosed(String caseId,
                         String outcome,
                         Instant occurredAt) implements CaseEvent {
}
