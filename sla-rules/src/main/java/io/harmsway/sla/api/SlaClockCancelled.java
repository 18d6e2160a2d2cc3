package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The clock no longer applies (e.g. the suspect was eliminated): neither met nor breached. */
@Revision("1")
public record SlaClockCancelled(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt,
                                String reason, Instant occurredAt) implements ClockEvent {
}
