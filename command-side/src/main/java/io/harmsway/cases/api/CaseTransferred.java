package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case moved to another team and officer. */
@Revision("1")
public record CaseTransferred(String caseId,
                              String toTeam,
                              String toOfficer,
                              Instant occurredAt) implements CaseEvent {
}
