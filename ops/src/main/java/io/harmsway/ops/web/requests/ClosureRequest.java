package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.CloseCase;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The outcome the case closes with. */
public record ClosureRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "suspect charged; child safeguarded by a child protection plan") String outcome,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public CloseCase toCommand(String caseId) {
        return new CloseCase(caseId, outcome, occurredAt);
    }
}
