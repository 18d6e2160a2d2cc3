package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordReferralDecision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** What was decided on the referral. */
public record ReferralDecisionRequest(
        @NotBlank @Schema(example = "section 47 enquiry and strategy discussion") String decision,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordReferralDecision toCommand(String caseId) {
        return new RecordReferralDecision(caseId, decision, occurredAt);
    }
}
