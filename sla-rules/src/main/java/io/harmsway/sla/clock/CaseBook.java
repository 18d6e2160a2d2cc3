package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.rules.CaseFacts;

/**
 * Where the interpreter keeps what clocks need to know of each case: the facts rules may ask
 * about, and who holds the case. Live it is the {@code sla_case} table; a backtest keeps it in memory.
 */
public interface CaseBook {

    /** The case's facts with its current risk; no facts for a case never referred. */
    CaseFacts factsOf(String caseId);

    /** A referral opened the case (or opened it again): its facts, team and officer from now on. */
    void opened(String caseId, String team, String officer, CaseFacts facts);

    /** The child's risk was re-assessed; nothing changes for a case never referred. */
    void riskChanged(String caseId, RiskGrade grade);

    /** An action established a fact rules may ask about ({@code case.<name>}); nothing changes for a case never referred. */
    void noted(String caseId, String name, String value);

    /** The case moved to another team or officer; a null stays as it was. */
    void transferred(String caseId, String team, String officer);
}
