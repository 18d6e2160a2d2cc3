package io.harmsway.cases.api;

/** What a charging decision decided. */
public enum ChargingOutcome {
    CHARGED, NO_FURTHER_ACTION
}
