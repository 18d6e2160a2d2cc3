package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordDigitalForensicSubmission;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Material sent for digital forensic examination, by its submission reference. */
public record ForensicSubmissionRequest(
        @Size(max = Lengths.REFERENCE) @SingleLineText
        @NotBlank @Schema(example = "DF-2026-0412") String submissionReference,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordDigitalForensicSubmission toCommand(String caseId) {
        return new RecordDigitalForensicSubmission(caseId, submissionReference, occurredAt);
    }
}
