package io.harmsway.sla.api;

/** Lets a paused clock count again; its due date moves on by the time it was paused. */
public record ResumeClock(String clockId, String reason, String actorTeam) {
}
