package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.AddNote;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A free-text note. */
public record NoteRequest(
        @NotBlank @Schema(example = "mother asked that a female officer attends") String text,
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public AddNote toCommand(String caseId) {
        return new AddNote(caseId, text, occurredAt);
    }
}
