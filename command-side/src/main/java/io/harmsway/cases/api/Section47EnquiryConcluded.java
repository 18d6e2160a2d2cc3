package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The local authority's section 47 enquiry concluded with this outcome. */
@Revision("1")
public record Section47EnquiryConcluded(String caseId,
                                        Section47Outcome outcome,
                                        String summary,
                                        Instant occurredAt) implements CaseEvent {
}
