package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A suspect interview, under caution or voluntary. */
public record SuspectInterviewRequest(
        @NotNull @Schema(example = "true") Boolean underCaution,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordSuspectInterview toCommand(String caseId, String suspectId) {
        return new RecordSuspectInterview(caseId, suspectId, underCaution, occurredAt);
    }
}
