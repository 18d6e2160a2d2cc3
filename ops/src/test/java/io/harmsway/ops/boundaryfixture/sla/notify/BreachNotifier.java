package io.harmsway.ops.boundaryfixture.sla.notify;

import io.harmsway.ops.boundaryfixture.cases.api.CaseOpened;
import io.harmsway.ops.boundaryfixture.sla.clock.ClockTable;

/** A new package that keeps the rules: its own module's insides, another module's api. */
public class BreachNotifier {

    public String notify(ClockTable clocks, CaseOpened opened) {
        return opened.caseId() + clocks.due();
    }
}
