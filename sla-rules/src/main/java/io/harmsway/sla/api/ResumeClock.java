package io.harmsway.sla.api;

import java.time.Instant;

/**
 * Lets a paused clock count again from {@code occurredAt}, the moment the officer states; its due
 * date moves on by the time it was paused.
 */
public record ResumeClock(String clockId, String reason, Instant occurredAt, String actorTeam) {
}
