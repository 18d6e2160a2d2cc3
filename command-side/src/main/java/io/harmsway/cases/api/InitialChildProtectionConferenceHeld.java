package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The initial child protection conference was held. */
@Revision("1")
public record InitialChildProtectionConferenceHeld(String caseId,
                                                   Instant occurredAt) implements CaseEvent {
}
