package io.harmsway.ops.benchmark;

import java.time.Duration;

/** So many things done in so much time. */
record Rate(long count, Duration elapsed) {

    double perSecond() {
        return count / (elapsed.toNanos() / 1e9);
    }

    double ratioTo(Rate other) {
        return perSecond() / other.perSecond();
    }

    @Override
    public String toString() {
        return String.format("%,d in %.2f s = %,.0f/s", count, elapsed.toNanos() / 1e9, perSecond());
    }
}
