package io.harmsway.sla.api;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/** What the clock waited for happened at {@code occurredAt}; {@code lateBy} is zero when on time. */
@Revision("1")
public record SlaClockMet(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt,
                          Instant occurredAt, Duration lateBy) implements ClockEvent {

    public boolean onTime() {
        return lateBy.isZero();
    }
}
