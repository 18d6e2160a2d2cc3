package io.harmsway.ops.web.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The span every stated time falls in. Nothing recorded about a child can have happened before
 * 1900, and nothing planned (an interview, the end of bail) lies further ahead than the horizon;
 * whether an action's time is in the future is the case's rule (a 422), not this one. Both ends
 * lie well within what PostgreSQL's timestamps hold.
 */
public class PlausibleTimes {

    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final Clock clock;
    private final Period horizon;

    public PlausibleTimes(Clock clock, Period horizon) {
        this.clock = clock;
        this.horizon = horizon;
    }

    /** What is wrong with the time, in plain words, or nothing. */
    public Optional<String> problemWith(Instant time) {
        if (time.isBefore(EARLIEST)) {
            return Optional.of("is before 1900 (" + time + "): no record of a case can be that old");
        }
        Instant latest = clock.instant().atOffset(ZoneOffset.UTC).plus(horizon).toInstant();
        if (time.isAfter(latest)) {
            return Optional.of("is after " + latest + " (" + time + "): nothing in a case lies that far ahead");
        }
        return Optional.empty();
    }
}
