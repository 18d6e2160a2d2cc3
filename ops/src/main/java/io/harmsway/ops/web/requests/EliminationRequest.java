package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.EliminateSuspect;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Why a suspect was eliminated. */
public record EliminationRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "alibi confirmed by CCTV") String reason,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public EliminateSuspect toCommand(String caseId, String suspectId) {
        return new EliminateSuspect(caseId, suspectId, reason, occurredAt);
    }
}
