package io.harmsway.ops.boundaryfixture.sla.clock;

/** Inside the SLA module: no other module may name it. */
public class ClockTable {

    public int due() {
        return 0;
    }
}
