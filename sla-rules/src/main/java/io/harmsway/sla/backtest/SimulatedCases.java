package io.harmsway.sla.backtest;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.clock.CaseBook;
import io.harmsway.sla.rules.CaseFacts;

import java.util.HashMap;
import java.util.Map;

/** The case facts of a backtest, in memory. Who holds a case does not matter to a simulated clock. */
final class SimulatedCases implements CaseBook {

    private final Map<String, CaseFacts> facts = new HashMap<>();

    @Override
    public CaseFacts factsOf(String caseId) {
        return facts.getOrDefault(caseId, CaseFacts.none());
    }

    @Override
    public void opened(String caseId, String team, String officer, CaseFacts referred) {
        facts.put(caseId, referred);
    }

    @Override
    public void riskChanged(String caseId, RiskGrade grade) {
        facts.computeIfPresent(caseId, (id, known) -> known.withRisk(grade));
    }

    @Override
    public void noted(String caseId, String name, String value) {
        facts.computeIfPresent(caseId, (id, known) -> known.with(name, value));
    }

    @Override
    public void transferred(String caseId, String team, String officer) {
    }
}
