package io.harmsway.ops.notify;

import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.time.LocalTime;

/** A user's own notification settings, whole: a field left out is off. */
public record NotificationSettingsRequest(
        @Size(max = 254) @SingleLineText @Email
        @Schema(description = "where mail goes; none: no mail", example = "sam@force.example") String email,
        @Size(max = 2000) @SingleLineText
        @Schema(description = "where webhooks are POSTed (https); none: no webhooks",
                example = "https://alerts.force.example/harmsway") String webhookUrl,
        @Schema(description = "warnings wait for the daily digest; breaches and escalations never do") Boolean digestWarnings,
        @Schema(type = "string", format = "partial-time", description = "start of quiet hours for warnings, UK time",
                example = "20:00") LocalTime quietFrom,
        @Schema(type = "string", format = "partial-time",
                description = "end of quiet hours, UK time (may be the next morning)", example = "07:00") LocalTime quietUntil,
        @Schema(description = "quiet hours also hold breaches and escalations of cases not at high risk"
                + " (never a high-risk case's)") Boolean quietHoursHoldLowerRiskBreaches,
        @Schema(description = "make a new webhook secret (answered once)") Boolean rotateWebhookSecret) {
}
