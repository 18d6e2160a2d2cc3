package io.harmsway.ops.web.requests;

import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** An action whose only fact is when it happened. */
public record ActionRequest(@PlausibleTime @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {
}
