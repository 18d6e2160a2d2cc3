package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.CloseCase;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The outcome the case closes with. */
public record ClosureRequest(
        @NotBlank @Schema(example = "suspect charged; child safeguarded by a child protection plan") String outcome,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public CloseCase toCommand(String caseId) {
        return new CloseCase(caseId, outcome, occurredAt);
    }
}
