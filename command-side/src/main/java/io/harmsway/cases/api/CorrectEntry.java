package io.harmsway.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Corrects an earlier entry of the case without changing it: names the event, the corrected
 * values (field name to value; {@code occurredAt} as an ISO instant) and the reason. The
 * correction itself happens when it is received.
 */
public record CorrectEntry(@TargetAggregateIdentifier String caseId,
                           String correctedEventId,
                           Map<String, String> correctedValues,
                           String reason) {

    public CorrectEntry {
        correctedValues = correctedValues == null ? Map.of() : Map.copyOf(correctedValues);
    }
}
