package io.harmsway.ops.notify;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A delivery that failed every attempt, for operators: to whom, by what, and the last error. */
public record DeadDelivery(
        @Schema(description = "the row's id, for POST /api/ops/notifications/{id}/resend") long id,
        @Schema(description = "the clock event's id; with the recipient, the webhook-id") String eventId,
        String recipient, Channel channel, NoticeKind kind, String caseId,
        @Schema(description = "the mail address or webhook URL it went to") String address,
        int attempts, Instant firstDueAt, Instant lastAttemptAt,
        @Schema(description = "why the last attempt failed") String lastError) {
}
