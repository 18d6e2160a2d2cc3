package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordVictimUpdate;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What a child victim or their family was told, and how. */
public record VictimUpdateRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "suspect arrested and bailed") String what,
        @Size(max = Lengths.LINE) @SingleLineText
        @NotBlank @Schema(example = "home visit with the family") String how,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordVictimUpdate toCommand(String caseId, String childId) {
        return new RecordVictimUpdate(caseId, childId, what, how, occurredAt);
    }
}
