package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.ExtendBail;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A bail extension: the new end and whose authority. */
public record BailExtensionRequest(
        @PlausibleTime
        @NotNull @Schema(example = "2027-05-21T14:00:00Z") Instant bailEndsAt,
        @Size(max = Lengths.LINE) @SingleLineText
        @NotBlank @Schema(example = "Superintendent Hale") String authorisedBy,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public ExtendBail toCommand(String caseId, String suspectId) {
        return new ExtendBail(caseId, suspectId, bailEndsAt, authorisedBy, occurredAt);
    }
}
