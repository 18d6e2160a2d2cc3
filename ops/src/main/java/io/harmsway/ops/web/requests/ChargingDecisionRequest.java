package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A charging decision; a reason is required for no further action. */
public record ChargingDecisionRequest(
        @NotNull @Schema(example = "NO_FURTHER_ACTION") ChargingOutcome outcome,
        @Size(max = Lengths.TEXT) @MultiLineText
        @Schema(example = "evidential test not met") String reason,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordChargingDecision toCommand(String caseId, String suspectId) {
        return new RecordChargingDecision(caseId, suspectId, outcome, reason, occurredAt);
    }
}
