package io.harmsway.ops.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

public record SuspectInterviewRequest(@NotNull Boolean underCaution,
                                      @NotNull @Schema(example = "2026-11-22T10:00:00Z") Instant occurredAt) {
}
