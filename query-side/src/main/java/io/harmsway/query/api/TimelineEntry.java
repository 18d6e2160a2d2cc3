package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's chronology: what happened, when it happened, who recorded it and when.
 * {@code recordingLag} is how long after the action it was recorded ({@code recordedLate} says the
 * same for a reader, or is null when it was recorded within the hour). A corrected entry keeps
 * its facts and names the correction ({@code correctedBy}) and the corrected values.
 */
public record TimelineEntry(String eventId, String type, String title, Map<String, Object> facts,
                            Instant occurredAt, Instant recordedAt, String recordedBy,
                            Duration recordingLag, String recordedLate,
                            boolean corrected, String correctedBy, Map<String, Object> correctedValues) {
}
