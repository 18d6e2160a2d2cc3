package io.harmsway.ops.notify;

import java.time.Instant;

/**
 * A row of the outbox as a worker claimed it: {@code key} (the event's id and the recipient) is
 * what a webhook receiver de-duplicates by, the same on every attempt; {@code leaseUntil} is the
 * claim, which the worker's record must still hold.
 */
public record Delivery(long id, String eventId, String recipient, Channel channel, NoticeKind kind, String caseId,
                       String address, Notice notice, int attempts, Instant leaseUntil) {

    public String key() {
        return eventId + ":" + recipient;
    }
}
