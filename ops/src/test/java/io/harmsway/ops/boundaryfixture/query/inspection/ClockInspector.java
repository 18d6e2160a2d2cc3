package io.harmsway.ops.boundaryfixture.query.inspection;

import io.harmsway.ops.boundaryfixture.sla.clock.ClockTable;

/** A new package that reaches into another module's insides. */
public class ClockInspector {

    public int due(ClockTable clocks) {
        return clocks.due();
    }
}
