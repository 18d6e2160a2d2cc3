package io.harmsway.ops.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Why a clock is paused or resumed: a pause is never silent. */
public record ClockActionRequest(@NotBlank @Schema(example = "the suspect is abroad until 12 December") String reason) {
}
