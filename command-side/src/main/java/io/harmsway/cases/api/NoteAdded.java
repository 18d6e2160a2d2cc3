package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A free-text note on the case. */
@Revision("1")
public record NoteAdded(String caseId,
                        String text,
                        Instant occurredAt) implements CaseEvent {
}
