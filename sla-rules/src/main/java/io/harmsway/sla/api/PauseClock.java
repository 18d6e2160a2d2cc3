package io.harmsway.sla.api;

import java.time.Instant;

/**
 * Stops a clock counting for a stated reason (e.g. the suspect is abroad, the child is in hospital)
 * from {@code occurredAt}, the moment the officer states, which may be days ago. {@code actorTeam}
 * is the acting officer's team: only the case's own team may act on its clocks.
 */
public record PauseClock(String clockId, String reason, Instant occurredAt, String actorTeam) {
}
