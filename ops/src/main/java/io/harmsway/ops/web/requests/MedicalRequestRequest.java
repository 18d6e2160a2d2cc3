package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.RequestMedical;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A child protection medical requested, and from whom. */
public record MedicalRequestRequest(
        @Size(max = Lengths.LINE) @SingleLineText
        @NotBlank @Schema(example = "on-call paediatrician, city hospital") String requestedFrom,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RequestMedical toCommand(String caseId, String childId) {
        return new RequestMedical(caseId, childId, requestedFrom, occurredAt);
    }
}
