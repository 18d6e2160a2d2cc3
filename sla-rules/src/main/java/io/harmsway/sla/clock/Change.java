package io.harmsway.sla.clock;

import io.harmsway.sla.api.ClockEvent;

import java.time.Instant;
import java.util.List;

/**
 * What an action did to a clock: its new state (null once it ended), how it ended, and the events
 * that record it. An empty change did nothing.
 */
public record Change(ClockState after, Ending ending, List<ClockEvent> events) {

    public enum Ending { MET, CANCELLED }

    static Change none(ClockState unchanged) {
        return new Change(unchanged, null, List.of());
    }

    static Change to(ClockState after, ClockEvent event) {
        return new Change(after, null, List.of(event));
    }

    static Change ended(Ending ending, ClockEvent event) {
        return new Change(null, ending, List.of(event));
    }

    public boolean changed() {
        return !events.isEmpty();
    }

    /** When the clock ended: the moment of the event that says so; null while it runs. */
    public Instant endedAt() {
        return ending == null ? null : events.get(0).occurredAt();
    }
}
