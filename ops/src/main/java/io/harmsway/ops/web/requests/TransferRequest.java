package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.TransferCase;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The team and officer the case moves to. */
public record TransferRequest(
        @Size(max = Lengths.ID) @SingleLineText
        @NotBlank @Schema(example = "south") String toTeam,
        @Size(max = Lengths.ID) @SingleLineText
        @NotBlank @Schema(example = "ian") String toOfficer,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public TransferCase toCommand(String caseId) {
        return new TransferCase(caseId, toTeam, toOfficer, occurredAt);
    }
}
