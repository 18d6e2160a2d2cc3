package io.harmsway.sla.api;

/** A supervisor takes a breached clock in hand: {@code note} is the plan. Stops escalation, not the clock. */
public record AcknowledgeBreach(String clockId, String note, String actorTeam) {
}
