package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A (re-)assessment of the risk to the child. */
public record RiskAssessmentRequest(
        @NotNull @Schema(example = "HIGH") RiskGrade riskGrade,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "suspect lives in the household") String rationale,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordRiskAssessment toCommand(String caseId) {
        return new RecordRiskAssessment(caseId, riskGrade, rationale, occurredAt);
    }
}
