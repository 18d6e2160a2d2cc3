package io.harmsway.query.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case as it happened: its title, facts and {@code occurredAt} with every
 * correction applied, and {@code recorded}, the entry exactly as it was recorded (with the marks of
 * its corrections). {@code corrected} says a correction changed it. {@code recordingLag} is how long
 * after it happened (as corrected) it was recorded; {@code late} says that passed the threshold.
 * {@code note} explains an entry the rest of the record overtook: an alert raised on a clock whose
 * awaited action had in fact happened before it, recorded only later.
 */
public record HappenedEntry(String eventId, String type, String title, Map<String, Object> facts,
                            Instant occurredAt, Instant recordedAt, boolean corrected, Duration recordingLag,
                            boolean late, String note, TimelineEntry recorded) {
}
