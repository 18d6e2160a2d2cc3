package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordReferralDecision;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What was decided on the referral. */
public record ReferralDecisionRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "section 47 enquiry and strategy discussion") String decision,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordReferralDecision toCommand(String caseId) {
        return new RecordReferralDecision(caseId, decision, occurredAt);
    }
}
