package io.harmsway.ops.notify;

/** How a notice reaches a user. */
public enum Channel {
    EMAIL, WEBHOOK
}
