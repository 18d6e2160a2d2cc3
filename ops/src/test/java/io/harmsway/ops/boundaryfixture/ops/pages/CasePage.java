package io.harmsway.ops.boundaryfixture.ops.pages;

import io.harmsway.ops.boundaryfixture.cases.CaseConfiguration;
import io.harmsway.ops.boundaryfixture.query.inspection.ClockInspector;
import io.harmsway.ops.boundaryfixture.sla.api.ClockBreached;

/** A new package: the api and the published configuration are allowed, another module's inspection package is not. */
public class CasePage {

    public String render(CaseConfiguration cases, ClockBreached breach, ClockInspector inspector) {
        return cases.aggregate() + breach.clockId() + inspector;
    }
}
