package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.ExtendBail;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A bail extension: the new end and whose authority. */
public record BailExtensionRequest(
        @NotNull @Schema(example = "2027-05-21T14:00:00Z") Instant bailEndsAt,
        @NotBlank @Schema(example = "Superintendent Hale") String authorisedBy,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public ExtendBail toCommand(String caseId, String suspectId) {
        return new ExtendBail(caseId, suspectId, bailEndsAt, authorisedBy, occurredAt);
    }
}
