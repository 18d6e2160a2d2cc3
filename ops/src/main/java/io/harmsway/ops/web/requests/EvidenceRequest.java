package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordEvidenceSeized;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Evidence seized: the exhibit reference and what it is. */
public record EvidenceRequest(
        @Size(max = Lengths.REFERENCE) @SingleLineText
        @NotBlank @Schema(example = "EXH-JS-1") String reference,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "mobile phone seized at arrest") String description,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordEvidenceSeized toCommand(String caseId) {
        return new RecordEvidenceSeized(caseId, reference, description, occurredAt);
    }
}
