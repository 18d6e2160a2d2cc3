package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordAbeInterviewHeld;
import io.harmsway.cases.api.RecordAssessmentCompleted;
import io.harmsway.cases.api.RecordDigitalForensicResult;
import io.harmsway.cases.api.RecordInitialChildProtectionConference;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.ReferToCps;
import io.harmsway.cases.api.ReleaseUnderInvestigation;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** An action whose only fact is when it happened. */
public record ActionRequest(@PlausibleTime @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    // One body serves every action with no other fact; each action has its own mapping.

    public RecordInitialChildProtectionConference toConference(String caseId) {
        return new RecordInitialChildProtectionConference(caseId, occurredAt);
    }

    public RecordAssessmentCompleted toAssessmentCompleted(String caseId) {
        return new RecordAssessmentCompleted(caseId, occurredAt);
    }

    public RecordDigitalForensicResult toForensicResult(String caseId, String submissionReference) {
        return new RecordDigitalForensicResult(caseId, submissionReference, occurredAt);
    }

    public RecordAbeInterviewHeld toAbeInterviewHeld(String caseId, String childId) {
        return new RecordAbeInterviewHeld(caseId, childId, occurredAt);
    }

    public RecordSuspectArrest toArrest(String caseId, String suspectId) {
        return new RecordSuspectArrest(caseId, suspectId, occurredAt);
    }

    public ReleaseUnderInvestigation toReleaseUnderInvestigation(String caseId, String suspectId) {
        return new ReleaseUnderInvestigation(caseId, suspectId, occurredAt);
    }

    public ReferToCps toCpsReferral(String caseId, String suspectId) {
        return new ReferToCps(caseId, suspectId, occurredAt);
    }
}
