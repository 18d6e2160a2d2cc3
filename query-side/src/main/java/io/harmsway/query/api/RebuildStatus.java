package io.harmsway.query.api;

import java.time.Instant;

/**
 * Where a rebuild of one read model stands: {@code IDLE} (none asked yet), {@code RUNNING} (the new
 * copy is being built beside the one served), {@code SWAPPING} (its processor stopped, the last events
 * applied and the copy put in place), {@code DONE}, or {@code FAILED} with the {@code problem}. Events
 * handled so far of the store's {@code eventsTotal} (its head when the rebuild began), the rate in
 * events per second, and the seconds left at that rate.
 */
public record RebuildStatus(String group, String state, long eventsDone, long eventsTotal, double eventsPerSecond,
                            Long secondsLeft, Instant startedAt, Instant finishedAt, String problem) {

    public static RebuildStatus idle(String group) {
        return new RebuildStatus(group, "IDLE", 0, 0, 0, null, null, null, null);
    }

    public boolean finished() {
        return "DONE".equals(state) || "FAILED".equals(state);
    }
}
