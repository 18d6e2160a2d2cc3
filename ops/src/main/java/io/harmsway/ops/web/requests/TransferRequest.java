package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.TransferCase;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The team and officer the case moves to. */
public record TransferRequest(
        @NotBlank @Schema(example = "south") String toTeam,
        @NotBlank @Schema(example = "ian") String toOfficer,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public TransferCase toCommand(String caseId) {
        return new TransferCase(caseId, toTeam, toOfficer, occurredAt);
    }
}
