package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/**
 * The action that met the clock was corrected to have happened at {@code metAt} (was
 * {@code previousMetAt}); {@code lateBy} is how late it now stands, zero when on time.
 */
@Revision("1")
public record SlaClockMetTimeCorrected(String clockId, String caseId, String ruleId, String subjectId,
                                       Instant dueAt, Instant previousMetAt, Instant metAt, Duration lateBy,
                                       Instant occurredAt) implements ClockEvent {
}
