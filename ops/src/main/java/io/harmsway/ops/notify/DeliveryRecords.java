package io.harmsway.ops.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records what became of an attempt: sent, or failed and due again after an exponential back-off
 * with jitter, or dead after the last attempt. The step between the send and this record is where
 * a node can die: its row then stays claimed until the lease runs out, and is sent once more.
 */
public class DeliveryRecords {

    private final DeliveryStore store;
    private final NotificationMetrics metrics;
    private final Clock clock;
    private final NotificationProperties properties;

    public DeliveryRecords(DeliveryStore store, NotificationMetrics metrics, Clock clock,
                           NotificationProperties properties) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.properties = properties;
    }

    public void sent(Delivery delivery) {
        if (store.recordSent(delivery, clock.instant())) {
            metrics.sent(delivery.channel());
        }
    }

    public void failed(Delivery delivery, String error) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        boolean dead = attempts >= properties.maxAttempts();
        if (store.recordFailed(delivery, now, error, now.plus(backOff(attempts)), dead)) {
            if (dead) {
                metrics.dead(delivery.channel());
            } else {
                metrics.retried(delivery.channel());
            }
        }
    }

    /** After the n-th failure: the first wait doubled n-1 times, at most the longest, plus up to jitter of it. */
    Duration backOff(int failures) {
        Duration first = properties.firstRetryAfter();
        Duration longest = properties.maxRetryAfter();
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        long jitterMillis = (long) (wait.toMillis() * properties.jitter() * ThreadLocalRandom.current().nextDouble());
        return wait.plusMillis(jitterMillis);
    }
}
