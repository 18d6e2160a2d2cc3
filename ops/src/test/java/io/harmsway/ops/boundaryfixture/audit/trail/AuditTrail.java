package io.harmsway.ops.boundaryfixture.audit.trail;

import io.harmsway.ops.boundaryfixture.cases.api.CaseOpened;

/** A new module: through the case api, but no module may be used until the rules allow it. */
public class AuditTrail {

    public String record(CaseOpened opened) {
        return opened.caseId();
    }
}
