package io.harmsway.sla.api;

/** Stops a clock counting for a stated reason (e.g. the suspect is abroad, the child is in hospital). */
public record PauseClock(String clockId, String reason) {
}
