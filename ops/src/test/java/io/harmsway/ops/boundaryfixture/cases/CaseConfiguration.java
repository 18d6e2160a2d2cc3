package io.harmsway.ops.boundaryfixture.cases;

import io.harmsway.ops.boundaryfixture.cases.command.CaseRecord;

/** The case module's published entry point, as the application registers it. */
public class CaseConfiguration {

    public CaseRecord aggregate() {
        return new CaseRecord();
    }
}
