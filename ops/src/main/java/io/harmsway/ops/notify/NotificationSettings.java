package io.harmsway.ops.notify;

import java.time.LocalTime;

/**
 * One user's choices: where mail and webhooks go (null: not by that channel), whether warnings
 * wait for the daily digest, and quiet hours for warnings (both null: none), which may also hold
 * breaches of cases not at high risk.
 */
public record NotificationSettings(String username, String email, String webhookUrl, String webhookSecret,
                                   boolean warningDigest, LocalTime quietFrom, LocalTime quietUntil,
                                   boolean quietLowerRiskBreaches) {

    public static NotificationSettings none(String username) {
        return new NotificationSettings(username, null, null, null, false, null, null, false);
    }

    public boolean hasQuietHours() {
        return quietFrom != null && quietUntil != null && !quietFrom.equals(quietUntil);
    }

    /** The address of a channel, or null when the user does not use it. */
    public String addressFor(Channel channel) {
        return channel == Channel.EMAIL ? email : webhookUrl;
    }
}
