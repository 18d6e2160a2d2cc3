package io.harmsway.sla.api;

/** Which case a clock belongs to: what the one team rule judges an officer's action on a clock by. */
public record CaseOfClockQuery(String clockId) {
}
