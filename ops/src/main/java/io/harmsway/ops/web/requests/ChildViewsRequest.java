package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordChildViews;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The child's own views, recorded by reference. */
public record ChildViewsRequest(
        @NotBlank @Schema(example = "VIEWS-2026-031") String summaryReference,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordChildViews toCommand(String caseId, String childId) {
        return new RecordChildViews(caseId, childId, summaryReference, occurredAt);
    }
}
