package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A share ({@code fraction}) of the clock's time has run: {@code notifyRole} (the responsible
 * investigator's role) and {@code officer} (the officer who holds the case) are told.
 */
@Revision("1")
public record SlaClockWarned(String clockId, String caseId, String ruleId, String ruleTitle, String subjectId,
                             double fraction, Instant dueAt, String notifyRole, String officer,
                             Instant occurredAt) implements ClockEvent {
}
