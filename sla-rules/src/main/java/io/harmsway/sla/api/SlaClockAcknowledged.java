package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor took the breach in hand with a plan ({@code note}); escalation stops, the clock runs on. */
@Revision("1")
public record SlaClockAcknowledged(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt,
                                   String acknowledgedBy, String note, Instant occurredAt) implements ClockEvent {
}
