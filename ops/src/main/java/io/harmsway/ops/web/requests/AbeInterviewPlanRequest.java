package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.PlanAbeInterview;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** An ABE interview planned for a time, which may lie ahead. */
public record AbeInterviewPlanRequest(
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-24T10:00:00Z") Instant plannedFor,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public PlanAbeInterview toCommand(String caseId, String childId) {
        return new PlanAbeInterview(caseId, childId, plannedFor, occurredAt);
    }
}
