package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The clock's due date moved, and why: the child's risk was re-assessed, an extension was granted,
 * or the time of the action that started the clock was corrected.
 */
@Revision("1")
public record SlaClockDueDateChanged(String clockId, String caseId, String ruleId, String subjectId,
                                     Instant previousDueAt, Instant dueAt, String reason,
                                     Instant occurredAt) implements ClockEvent {
}
