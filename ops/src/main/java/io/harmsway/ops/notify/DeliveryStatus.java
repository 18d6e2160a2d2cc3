package io.harmsway.ops.notify;

/** Where a row of the outbox stands (see V14__notifications.sql). */
public enum DeliveryStatus {
    /** To send at its due time. */
    PENDING,
    /** A warning held for its recipient's digest at its due time. */
    DIGEST,
    /** Folded into a digest row, which is sent in its place. */
    BATCHED,
    SENT,
    /** Every attempt failed; an operator may send it again. */
    DEAD
}
