package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The child's own views, recorded by reference. */
public record ChildViewsRequest(
        @Size(max = Lengths.REFERENCE) @SingleLineText
        @NotBlank @Schema(example = "VIEWS-2026-031") String summaryReference,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordChildViews toCommand(String caseId, String childId) {
        return new RecordChildViews(caseId, childId, summaryReference, occurredAt);
    }
}
