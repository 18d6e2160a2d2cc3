package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Safeguarding action was taken for a child of the case. */
@Revision("1")
public record SafeguardingActionTaken(String caseId,
                                      String childId,
                                      String action,
                                      Instant occurredAt) implements CaseEvent {
}
