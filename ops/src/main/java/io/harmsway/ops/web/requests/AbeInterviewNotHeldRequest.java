package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordAbeInterviewNotHeld;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Why an ABE interview was not held. */
public record AbeInterviewNotHeldRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "child declined after speaking with the intermediary") String reason,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordAbeInterviewNotHeld toCommand(String caseId, String childId) {
        return new RecordAbeInterviewNotHeld(caseId, childId, reason, occurredAt);
    }
}
