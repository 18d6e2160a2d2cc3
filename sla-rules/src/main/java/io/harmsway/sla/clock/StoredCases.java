package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.rules.CaseFacts;

/**
 * The live case facts, as the interpreter sees them: in {@code sla_case} ({@link CaseFactsStore}),
 * those of a processor batch's cases read once for the batch ({@link KeeperBatch}). A case whose
 * facts change is read again when next asked about.
 */
public class StoredCases implements CaseBook {

    private final CaseFactsStore store;
    private final KeeperBatch batch;

    public StoredCases(CaseFactsStore store, KeeperBatch batch) {
        this.store = store;
        this.batch = batch;
    }

    @Override
    public CaseFacts factsOf(String caseId) {
        return batch.facts(caseId, store::factsOf);
    }

    @Override
    public void opened(String caseId, String team, String officer, CaseFacts facts) {
        batch.forget(caseId);
        store.opened(caseId, team, officer, facts);
    }

    @Override
    public void riskChanged(String caseId, RiskGrade grade) {
        batch.forget(caseId);
        store.riskChanged(caseId, grade);
    }

    @Override
    public void noted(String caseId, String name, String value) {
        batch.forget(caseId);
        store.noted(caseId, name, value);
    }

    @Override
    public void transferred(String caseId, String team, String officer) {
        batch.forget(caseId);
        store.transferred(caseId, team, officer);
    }
}
