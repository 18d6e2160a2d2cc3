package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.AddNote;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A free-text note. */
public record NoteRequest(
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "mother asked that a female officer attends") String text,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public AddNote toCommand(String caseId) {
        return new AddNote(caseId, text, occurredAt);
    }
}
