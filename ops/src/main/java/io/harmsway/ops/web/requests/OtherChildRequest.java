package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.IdentifyOtherChild;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Another child possibly at risk: age and context, no name. */
public record OtherChildRequest(
        @NotNull @Min(0) @Max(17) @Schema(example = "6") Integer ageYears,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "younger sibling living at the same address") String context,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public IdentifyOtherChild toCommand(String caseId) {
        return new IdentifyOtherChild(caseId, ageYears, context, occurredAt);
    }
}
