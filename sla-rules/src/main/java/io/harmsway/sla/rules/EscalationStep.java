package io.harmsway.sla.rules;

import java.time.Duration;

/** Whom an unacknowledged breach reaches next, and how long after the previous step. */
public record EscalationStep(String to, Duration after) {
}
