package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RiskGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A (re-)assessment of the risk to the child. */
public record RiskAssessmentRequest(
        @NotNull @Schema(example = "HIGH") RiskGrade riskGrade,
        @NotBlank @Schema(example = "suspect lives in the household") String rationale,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordRiskAssessment toCommand(String caseId) {
        return new RecordRiskAssessment(caseId, riskGrade, rationale, occurredAt);
    }
}
