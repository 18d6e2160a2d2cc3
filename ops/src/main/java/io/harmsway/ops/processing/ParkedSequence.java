package io.harmsway.ops.processing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A case one processing group has parked: the event it failed on, why, and what waits behind it. */
public record ParkedSequence(
        @Schema(description = "the processing group (read models or clocks) that parked the case") String group,
        @Schema(description = "the case whose events wait: both processors order events by case") String caseId,
        @Schema(description = "the failed event and every later event of the case behind it") int parkedEvents,
        @Schema(example = "NoteAdded") String eventType,
        String eventId,
        @Schema(description = "the failed event's position in the event store") Long globalIndex,
        @Schema(description = "why it failed, in the words of the innermost cause") String cause,
        @Schema(description = "how often it has been tried: the first failure and each retry") int attempts,
        @Schema(description = "when the event was parked: its first failure, or when it was parked behind an earlier"
                + " event since retried") Instant firstAttempt,
        @Schema(description = "its latest failure") Instant lastAttempt) {
}
