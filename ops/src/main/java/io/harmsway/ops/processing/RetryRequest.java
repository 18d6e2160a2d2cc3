package io.harmsway.ops.processing;

import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Which parked case to retry; without one, every case the group has parked. */
public record RetryRequest(@Size(max = Lengths.ID) @SingleLineText
                           @Schema(description = "the parked case to retry; omit to retry every parked case of the group")
                           String caseId) {
}
