package io.harmsway.query.breaches;

import java.time.Duration;
import java.time.Instant;

/** One breach as the figures need it: when its deadline passed, its first acknowledgement, its end. */
record Breach(Instant breachedAt, Instant acknowledgedAt, Instant resolvedAt) {

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    boolean running() {
        return resolvedAt == null;
    }

    /**
     * From the deadline to the first acknowledgement. A supervisor may acknowledge a breach before
     * the sweep has raised it (they saw it coming): that counts as no wait, not a negative one.
     */
    Duration waitedForAcknowledgement() {
        Duration waited = Duration.between(breachedAt, acknowledgedAt);
        return waited.isNegative() ? Duration.ZERO : waited;
    }
}
