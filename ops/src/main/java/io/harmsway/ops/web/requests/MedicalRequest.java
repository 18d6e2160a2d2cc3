package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RecordMedicalCompleted;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A child protection medical completed: the examiner and a reference to the findings, never clinical detail. */
public record MedicalRequest(
        @Size(max = Lengths.LINE) @SingleLineText
        @NotBlank @Schema(example = "Dr A Rao, paediatrician") String examinedBy,
        @Size(max = Lengths.REFERENCE) @SingleLineText
        @NotBlank @Schema(example = "MED-2026-114") String findingsReference,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordMedicalCompleted toCommand(String caseId, String childId) {
        return new RecordMedicalCompleted(caseId, childId, examinedBy, findingsReference, occurredAt);
    }
}
