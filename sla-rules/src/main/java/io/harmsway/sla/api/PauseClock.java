package io.harmsway.sla.api;

/**
 * Stops a clock counting for a stated reason (e.g. the suspect is abroad, the child is in hospital).
 * {@code actorTeam} is the acting officer's team: only the case's own team may act on its clocks.
 */
public record PauseClock(String clockId, String reason, String actorTeam) {
}
