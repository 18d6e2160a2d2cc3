package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A correction of an entry of the case, named by its {@code eventId} in the timeline: the
 * corrected values by field name ({@code occurredAt} as an ISO instant) and the reason.
 */
public record CorrectionRequest(
        @Size(max = Lengths.ID) @SingleLineText
        @NotBlank @Schema(example = "0b6c1a4e-5d1f-4a59-9a43-2f4f1c7d9e10") String correctedEventId,
        @Size(max = Lengths.CORRECTED_FIELDS)
        @NotEmpty @Schema(example = "{\"occurredAt\": \"2026-11-20T16:00:00Z\"}", maxProperties = Lengths.CORRECTED_FIELDS,
                description = "field name (at most 64 characters) to its corrected value (text of at most 4000)")
        Map<@Size(max = Lengths.ID) @SingleLineText String,
            @Size(max = Lengths.TEXT) @MultiLineText @PlausibleTime String> correctedValues,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "the interview was on the 20th, not the 21st") String reason) {

    public CorrectEntry toCommand(String caseId) {
        return new CorrectEntry(caseId, correctedEventId, correctedValues, reason);
    }
}
