package io.harmsway.ops.metrics;

import java.util.List;
import java.util.Map;

/**
 * The figures read from the database at one moment.
 *
 * @param head       the global index of the newest stored event (-1 for an empty store)
 * @param groups     each processing group's lag behind the head
 * @param openClocks open clocks counted by rule and stage
 */
public record StoreFigures(long head, Map<String, Lag> groups, List<OpenClocks> openClocks) {

    static final StoreFigures NONE = new StoreFigures(-1, Map.of(), List.of());

    /**
     * @param events  events stored after the position of the group's furthest-behind segment
     * @param seconds how long the oldest of them has waited (0 when none waits)
     */
    public record Lag(long events, double seconds) {
    }

    /** @param stage running, warned, breached, escalated, paused or faulted */
    public record OpenClocks(String rule, String stage, long count) {
    }
}
