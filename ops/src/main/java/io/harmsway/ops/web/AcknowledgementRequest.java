package io.harmsway.ops.web;

import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.sla.api.AcknowledgeBreach;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The supervisor's plan for a breached clock: what will be done, by whom and when. */
public record AcknowledgementRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "DC Smith to interview the suspect on Thursday; I review on Friday") String note) {

    public AcknowledgeBreach toCommand(String clockId, String actorTeam) {
        return new AcknowledgeBreach(clockId, note, actorTeam);
    }
}
