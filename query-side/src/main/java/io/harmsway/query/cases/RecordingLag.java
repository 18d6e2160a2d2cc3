package io.harmsway.query.cases;

import io.harmsway.cases.api.CaseEvent;

import java.time.Duration;
import java.time.Instant;

/**
 * How long after an action it was recorded, and whether that counts as late: more than the
 * configured threshold ({@code harmsway.cases.late-recording-threshold}).
 */
public record RecordingLag(Duration threshold) {

    Duration of(CaseEvent event, Instant recordedAt) {
        Duration lag = Duration.between(event.occurredAt(), recordedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    boolean isLate(Duration lag) {
        return lag.compareTo(threshold) > 0;
    }
}
