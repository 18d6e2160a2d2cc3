package io.harmsway.ops.web;

import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.sla.api.PauseClock;
import io.harmsway.sla.api.ResumeClock;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Why a clock is paused or resumed (a pause is never silent), and when that happened in the world:
 * like every other action, the officer states it (the suspect may have left days ago).
 */
public record ClockActionRequest(
        @NotBlank @Size(max = Lengths.TEXT) @MultiLineText
        @Schema(example = "the suspect is abroad until 12 December") String reason,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public PauseClock toPause(String clockId, String actorTeam) {
        return new PauseClock(clockId, reason, occurredAt, actorTeam);
    }

    public ResumeClock toResume(String clockId, String actorTeam) {
        return new ResumeClock(clockId, reason, occurredAt, actorTeam);
    }
}
