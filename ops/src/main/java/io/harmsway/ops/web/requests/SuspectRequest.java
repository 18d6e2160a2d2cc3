package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A suspect identified; whether they have access to children decides whether others need safeguarding. */
public record SuspectRequest(
        @NotNull @Schema(example = "true") Boolean hasAccessToChildren,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public IdentifySuspect toCommand(String caseId) {
        return new IdentifySuspect(caseId, hasAccessToChildren, occurredAt);
    }
}
