package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordEvidenceSeized;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Evidence seized: the exhibit reference and what it is. */
public record EvidenceRequest(
        @NotBlank @Schema(example = "EXH-JS-1") String reference,
        @NotBlank @Schema(example = "mobile phone seized at arrest") String description,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordEvidenceSeized toCommand(String caseId) {
        return new RecordEvidenceSeized(caseId, reference, description, occurredAt);
    }
}
