package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A correction of an earlier entry of this case: which event, its type, the corrected values
 * (field name to value; {@code occurredAt} as an ISO instant) and why. The corrected event
 * itself is never changed.
 */
@Revision("1")
public record EntryCorrected(String caseId,
                             String correctedEventId,
                             String correctedEventType,
                             Map<String, String> correctedValues,
                             String reason,
                             Instant occurredAt) implements CaseEvent {

    public EntryCorrected {
        correctedValues = correctedValues == null ? Map.of() : Map.copyOf(correctedValues);
    }
}
