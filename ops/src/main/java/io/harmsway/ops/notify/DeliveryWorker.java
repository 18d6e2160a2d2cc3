package io.harmsway.ops.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sends what is due, on every node, every {@code harmsway.notifications.poll-interval}: first the
 * digests whose time has come, then up to a batch of due rows, each claimed for the lease, sent,
 * and recorded. Nothing is sent inside a database transaction, so a slow receiver holds no lock.
 */
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore store;
    private final DigestWriter digests;
    private final DeliveryRecords records;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final NotificationProperties properties;

    public DeliveryWorker(DeliveryStore store, DigestWriter digests, DeliveryRecords records,
                          List<DeliveryChannel> channels, Clock clock, NotificationProperties properties) {
        this.store = store;
        this.digests = digests;
        this.records = records;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.clock = clock;
        this.properties = properties;
    }

    /** The scheduled run: a failure is logged and the next run tries again. */
    public void runSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Notification delivery run failed; the next run tries again", e);
        }
    }

    /** One run; answers how many deliveries it attempted. */
    public int deliverDue() {
        digests.writeDue();
        Instant now = clock.instant();
        List<Delivery> claimed = store.claim(now, now.plus(properties.lease()), properties.batchSize());
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    private void deliver(Delivery delivery) {
        String error = attempt(delivery);
        try {
            if (error == null) {
                records.sent(delivery);
            } else {
                records.failed(delivery, error);
            }
        } catch (RuntimeException e) {
            // As if the node had died here: the row stays claimed until its lease runs out, then goes once more.
            log.warn("Delivery {} ({}) could not be recorded; it is tried again after its lease", delivery.id(),
                    delivery.key(), e);
        }
    }

    private String attempt(Delivery delivery) {
        DeliveryChannel channel = channels.get(delivery.channel());
        if (channel == null) {
            return "the " + delivery.channel() + " channel is not configured (spring.mail.host for mail)";
        }
        try {
            channel.send(delivery);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return describe(e);
        }
    }

    private static String describe(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return innermost == e ? message : message + " (" + innermost.getClass().getSimpleName() + ": "
                + innermost.getMessage() + ")";
    }
}
