package io.harmsway.ops.web;

import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.sla.api.PauseClock;
import io.harmsway.sla.api.ResumeClock;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a clock is paused or resumed: a pause is never silent. */
public record ClockActionRequest(
        @NotBlank @Size(max = Lengths.TEXT) @MultiLineText
        @Schema(example = "the suspect is abroad until 12 December") String reason) {

    public PauseClock toPause(String clockId, String actorTeam) {
        return new PauseClock(clockId, reason, actorTeam);
    }

    public ResumeClock toResume(String clockId, String actorTeam) {
        return new ResumeClock(clockId, reason, actorTeam);
    }
}
