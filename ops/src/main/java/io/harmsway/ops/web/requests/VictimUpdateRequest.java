package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordVictimUpdate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** What a child victim or their family was told, and how. */
public record VictimUpdateRequest(
        @NotBlank @Schema(example = "suspect arrested and bailed") String what,
        @NotBlank @Schema(example = "home visit with the family") String how,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordVictimUpdate toCommand(String caseId, String childId) {
        return new RecordVictimUpdate(caseId, childId, what, how, occurredAt);
    }
}
