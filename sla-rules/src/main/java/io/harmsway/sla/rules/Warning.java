package io.harmsway.sla.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * When a running clock warns: at a {@code share} of its running time ({@code {share: 0.5}}, or a
 * fraction in {@code warnAt}), or when only {@code remaining} time is left before the deadline
 * ({@code {remaining: PT4H}}). Exactly one of the two is given.
 */
public record Warning(Double share, Duration remaining) {

    public Warning {
        if ((share == null) == (remaining == null)) {
            throw new IllegalArgumentException("a warning is at a share of the time or when a time remains, not both");
        }
    }

    public static Warning atShare(double share) {
        return new Warning(share, null);
    }

    public static Warning whenRemaining(Duration remaining) {
        return new Warning(null, remaining);
    }

    /** The moment it falls for a clock running {@code running} (paused time excluded) up to {@code dueAt}. */
    public Instant at(Instant dueAt, Duration running) {
        if (remaining != null) {
            return dueAt.minus(remaining);
        }
        return dueAt.minusMillis(Math.round(running.toMillis() * (1 - share)));
    }

    @Override
    public String toString() {
        return share != null ? Math.round(share * 100) + "%" : remaining + " before the deadline";
    }
}
