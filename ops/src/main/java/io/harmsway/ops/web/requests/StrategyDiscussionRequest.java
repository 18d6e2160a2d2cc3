package io.harmsway.ops.web.requests;

import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.RecordStrategyDiscussion;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.MultiLineText;
import io.harmsway.ops.web.validation.PlausibleTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Set;

/**
 * A strategy discussion: the agencies present, whether a doctor took part, the decision, and
 * whether it decided a section 47 enquiry (absent: it did not).
 */
public record StrategyDiscussionRequest(
        @Size(max = Lengths.AGENCIES)
        @NotEmpty @Schema(example = "[\"POLICE\", \"CHILDRENS_SOCIAL_CARE\", \"HEALTH\"]") Set<Agency> agencies,
        @NotNull @Schema(example = "true") Boolean doctorPresent,
        @Size(max = Lengths.TEXT) @MultiLineText
        @NotBlank @Schema(example = "joint section 47 enquiry; medical today") String decision,
        @Schema(example = "true", description = "whether the discussion decided a section 47 enquiry (default false)")
        Boolean section47Enquiry,
        @PlausibleTime
        @NotNull @Schema(example = "2026-11-21T14:00:00Z") Instant occurredAt) {

    public RecordStrategyDiscussion toCommand(String caseId) {
        return new RecordStrategyDiscussion(caseId, agencies, doctorPresent, decision,
                Boolean.TRUE.equals(section47Enquiry), occurredAt);
    }
}
