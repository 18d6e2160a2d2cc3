package io.harmsway.ops.web;

import io.harmsway.sla.api.PauseClock;
import io.harmsway.sla.api.ResumeClock;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Why a clock is paused or resumed: a pause is never silent. */
public record ClockActionRequest(@NotBlank @Schema(example = "the suspect is abroad until 12 December") String reason) {

    public PauseClock toPause(String clockId, String actorTeam) {
        return new PauseClock(clockId, reason, actorTeam);
    }

    public ResumeClock toResume(String clockId, String actorTeam) {
        return new ResumeClock(clockId, reason, actorTeam);
    }
}
