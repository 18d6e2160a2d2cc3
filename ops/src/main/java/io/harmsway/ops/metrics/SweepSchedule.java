package io.harmsway.ops.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sweep's trigger at one moment, and what follows from it: how late its next run is, and
 * whether it has failed to run for two intervals (then the warnings and breaches it should raise
 * wait, and the health is DOWN).
 */
public record SweepSchedule(boolean scheduled, Optional<Instant> lastStart, Optional<Instant> nextStart, Instant now,
                            Duration interval) {

    public double lateSeconds() {
        return nextStart.filter(next -> next.isBefore(now))
                .map(next -> Duration.between(next, now).toMillis() / 1000.0).orElse(0.0);
    }

    public double sinceLastSeconds() {
        return lastStart.map(last -> Math.max(0, Duration.between(last, now).toMillis() / 1000.0)).orElse(-1.0);
    }

    /** Why the sweep counts as stopped, or empty while it runs as it should. */
    public Optional<String> stalled() {
        if (!scheduled) {
            return Optional.of("the sweep has no trigger: it does not run");
        }
        Duration twoIntervals = interval.multipliedBy(2);
        Optional<Instant> reference = lastStart.or(() -> nextStart);
        if (reference.isEmpty()) {
            return Optional.of("the sweep's trigger has no run, past or next");
        }
        if (Duration.between(reference.get(), now).compareTo(twoIntervals) > 0) {
            return Optional.of(lastStart.isPresent()
                    ? "the sweep last started at " + lastStart.get() + ", more than two intervals (" + twoIntervals + ") ago"
                    : "the sweep's first run, due at " + nextStart.get() + ", has not started after two intervals");
        }
        return Optional.empty();
    }
}
