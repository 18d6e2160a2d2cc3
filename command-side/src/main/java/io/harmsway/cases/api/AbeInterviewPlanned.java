package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An ABE interview of a child was planned for {@code plannedFor}. */
@Revision("1")
public record AbeInterviewPlanned(String caseId,
                                  String childId,
                                  Instant plannedFor,
                                  Instant occurredAt) implements CaseEvent {
}
