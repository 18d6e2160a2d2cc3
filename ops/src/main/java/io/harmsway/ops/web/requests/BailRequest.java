package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.BailSuspect;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Release on pre-charge bail: when the bail ends (after the release, which is occurredAt). */
public record BailRequest(
        @PlausibleTime
        @NotNull @Schema(example = "2027-02-21T14:00:00Z") Instant bailEndsAt,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public BailSuspect toCommand(String caseId, String suspectId) {
        return new BailSuspect(caseId, suspectId, bailEndsAt, occurredAt);
    }
}
