package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordSection47Outcome;
import io.harmsway.cases.api.Section47Outcome;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What the section 47 enquiry concluded, and a short summary of why. */
public record Section47OutcomeRequest(
        @NotNull @Schema(example = "LIKELY_TO_SUFFER_SIGNIFICANT_HARM") Section47Outcome outcome,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "disclosure corroborated by the medical") String summary,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordSection47Outcome toCommand(String caseId) {
        return new RecordSection47Outcome(caseId, outcome, summary, occurredAt);
    }
}
