package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** What was decided on the referral, e.g. a section 47 enquiry or a strategy discussion. */
@Revision("1")
public record ReferralDecisionRecorded(String caseId,
                                       String decision,
                                       Instant occurredAt) implements CaseEvent {
}
