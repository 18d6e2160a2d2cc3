package io.harmsway.ops.boundaryfixture.cases.command;

import io.harmsway.ops.boundaryfixture.sla.api.ClockBreached;

/** Breaks the rule that the case module depends on no other module, even through an api. */
public class ClockAwareCase {

    public String breachedClock(ClockBreached breach) {
        return breach.clockId();
    }
}
