package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordSafeguardingAction;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Safeguarding action taken for a child. */
public record SafeguardingActionRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "child protection strategy agreed for the sibling") String action,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordSafeguardingAction toCommand(String caseId, String childId) {
        return new RecordSafeguardingAction(caseId, childId, action, occurredAt);
    }
}
