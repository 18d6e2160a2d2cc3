package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's chronology: what happened, when it happened, who recorded it and when.
 * {@code recordingLag} is how long after the action it was recorded.
 */
public record TimelineEntry(String eventId, String type, String title, Map<String, Object> facts,
                            Instant occurredAt, Instant recordedAt, String recordedBy) {

    public Duration recordingLag() {
        return Duration.between(occurredAt, recordedAt);
    }
}
