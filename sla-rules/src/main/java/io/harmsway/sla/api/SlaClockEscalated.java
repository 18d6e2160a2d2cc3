package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A breach nobody acknowledged went one step up the chain: {@code level} 1 is the first step, to {@code notifyRole}. */
@Revision("1")
public record SlaClockEscalated(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                                int level, String notifyRole, Instant dueAt, Instant occurredAt) implements ClockEvent {
}
