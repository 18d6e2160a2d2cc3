package io.harmsway.ops.processing;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which parked case to retry; without one, every case the group has parked. */
public record RetryRequest(@Schema(description = "the parked case to retry; omit to retry every parked case of the group")
                           String caseId) {
}
