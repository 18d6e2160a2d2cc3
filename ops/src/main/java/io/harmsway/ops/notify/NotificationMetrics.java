package io.harmsway.ops.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code harmsway.notifications.sent|retried|dead}, each tagged with the channel. */
public class NotificationMetrics {

    private final MeterRegistry registry;

    public NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(Channel channel) {
        counter("sent", "Notifications delivered", channel).increment();
    }

    void retried(Channel channel) {
        counter("retried", "Notification attempts that failed and will be tried again", channel).increment();
    }

    void dead(Channel channel) {
        counter("dead", "Notifications given up after their last attempt", channel).increment();
    }

    private Counter counter(String outcome, String description, Channel channel) {
        return Counter.builder("harmsway.notifications." + outcome).description(description)
                .tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
    }
}
