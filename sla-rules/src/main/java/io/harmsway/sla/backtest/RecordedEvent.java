package io.harmsway.sla.backtest;

import io.harmsway.cases.api.CaseEvent;

/** One case event read back from the event store, with its identifier and position. */
public record RecordedEvent(long globalIndex, String eventId, CaseEvent event) {
}
