package io.harmsway.ops.web;

import io.harmsway.sla.api.AcknowledgeBreach;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The supervisor's plan for a breached clock: what will be done, by whom and when. */
public record AcknowledgementRequest(
        @NotBlank @Schema(example = "DC Smith to interview the suspect on Thursday; I review on Friday") String note) {

    public AcknowledgeBreach toCommand(String clockId, String actorTeam) {
        return new AcknowledgeBreach(clockId, note, actorTeam);
    }
}
