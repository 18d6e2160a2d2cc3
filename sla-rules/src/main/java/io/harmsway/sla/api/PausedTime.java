package io.harmsway.sla.api;

import java.time.Duration;
import java.time.Instant;

/** How long a clock has been paused by a given moment: the pauses that ended plus the one still open. */
public final class PausedTime {

    private PausedTime() {
    }

    public static Duration soFar(Duration endedPauses, Instant pausedSince, Instant now) {
        if (pausedSince == null || !now.isAfter(pausedSince)) {
            return endedPauses;
        }
        return endedPauses.plus(Duration.between(pausedSince, now));
    }
}
