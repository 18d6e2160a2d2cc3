package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.CorrectEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.util.Map;

/**
 * A correction of an entry of the case, named by its {@code eventId} in the timeline: the
 * corrected values by field name ({@code occurredAt} as an ISO instant) and the reason.
 */
public record CorrectionRequest(
        @NotBlank @Schema(example = "0b6c1a4e-5d1f-4a59-9a43-2f4f1c7d9e10") String correctedEventId,
        @NotEmpty @Schema(example = "{\"occurredAt\": \"2026-11-20T16:00:00Z\"}") Map<String, String> correctedValues,
        @NotBlank @Schema(example = "the interview was on the 20th, not the 21st") String reason) {

    public CorrectEntry toCommand(String caseId) {
        return new CorrectEntry(caseId, correctedEventId, correctedValues, reason);
    }
}
