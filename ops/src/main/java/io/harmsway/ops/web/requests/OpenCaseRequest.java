package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A referral about a child. The case belongs to the team of the investigator who records it. */
public record OpenCaseRequest(
        @NotNull @Min(0) @Max(17) Integer childAgeYears,
        @NotNull AllegationCategory allegation,
        @NotNull RiskGrade riskGrade,
        @Size(max = Lengths.LINE) @SingleLineText
        @Schema(example = "phone call to MASH") String reportedVia,
        @Size(max = Lengths.LINE) @SingleLineText
        @Schema(example = "school designated safeguarding lead") String reportedBy,
        @NotNull @Schema(example = "true", description = "whether the child shows physical symptoms") Boolean physicalSymptoms,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-20T09:30:00Z") Instant occurredAt) {

    /** The case is new ({@code caseId} chosen by the caller) and belongs to the recording officer's {@code team}. */
    public RecordReferral toCommand(String caseId, String team) {
        return new RecordReferral(caseId, team, childAgeYears, allegation, riskGrade, reportedVia, reportedBy,
                physicalSymptoms, occurredAt);
    }
}
