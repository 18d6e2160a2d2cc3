package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Another child possibly at risk was identified; the case gives it {@code childId}. */
@Revision("1")
public record OtherChildIdentified(String caseId,
                                   String childId,
                                   int ageYears,
                                   String context,
                                   Instant occurredAt) implements CaseEvent {
}
