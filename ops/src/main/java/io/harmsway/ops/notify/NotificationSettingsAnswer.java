package io.harmsway.ops.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalTime;

/** A user's notification settings as they stand; the webhook secret only when it was just made. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationSettingsAnswer(
        String email, String webhookUrl, boolean webhookSecretSet,
        @Schema(description = "the new secret (whsec_...), answered only when made: keep it in the receiver")
        String webhookSecret,
        boolean digestWarnings, LocalTime quietFrom, LocalTime quietUntil, boolean quietHoursHoldLowerRiskBreaches,
        @Schema(description = "whether this installation sends mail (spring.mail.host is set)") boolean mailAvailable,
        @Schema(description = "when digests go out", example = "07:00") LocalTime digestTime,
        @Schema(example = "Europe/London") String zone) {
}
