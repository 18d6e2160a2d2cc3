package io.harmsway.ops.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code harmsway.notifications.sent|retried|dead}, each tagged with the channel. */
public class NotificationMetrics {

    private final MeterRegistry registry;

    public NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Every counter is there from the start, at zero, so a rate or an alert rule has a series to read.
        for (Channel channel : Channel.values()) {
            sent(channel, 0);
            retried(channel, 0);
            dead(channel, 0);
        }
    }

    private void sent(Channel channel, double amount) {
        counter("sent", "Notifications delivered", channel).increment(amount);
    }

    private void retried(Channel channel, double amount) {
        counter("retried", "Notification attempts that failed and will be tried again", channel).increment(amount);
    }

    private void dead(Channel channel, double amount) {
        counter("dead", "Notifications given up after their last attempt", channel).increment(amount);
    }

    void sent(Channel channel) {
        sent(channel, 1);
    }

    void retried(Channel channel) {
        retried(channel, 1);
    }

    void dead(Channel channel) {
        dead(channel, 1);
    }

    private Counter counter(String outcome, String description, Channel channel) {
        return Counter.builder("harmsway.notifications." + outcome).description(description)
                .tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
    }
}
