package io.harmsway.ops.web;

import io.harmsway.ops.web.validation.RefusedInput;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Moments an auditor asks about, read from query parameters: an ISO-8601 instant, not in the
 * future (what will be known then is not known yet). A refusal names the parameter.
 */
final class Moments {

    private final Clock clock;

    Moments(Clock clock) {
        this.clock = clock;
    }

    Instant required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RefusedInput(field, "is required: an ISO-8601 instant such as 2026-03-10T09:00:00Z");
        }
        Instant moment;
        try {
            moment = Instant.parse(value.trim());
        } catch (DateTimeParseException unreadable) {
            throw new RefusedInput(field, "'" + shortened(value) + "' is not an ISO-8601 instant such as"
                    + " 2026-03-10T09:00:00Z");
        }
        Instant now = clock.instant();
        if (moment.isAfter(now)) {
            throw new RefusedInput(field, "is in the future (now is " + now + "): nothing is known of it yet");
        }
        return moment;
    }

    /** Two moments in order; {@code to} defaults to now. */
    Instant[] range(String from, String to) {
        Instant start = required(from, "from");
        Instant end = to == null ? clock.instant() : required(to, "to");
        if (start.isAfter(end)) {
            throw new RefusedInput("from", "is after to (" + end + "): ask for the earlier moment first");
        }
        return new Instant[] {start, end};
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
