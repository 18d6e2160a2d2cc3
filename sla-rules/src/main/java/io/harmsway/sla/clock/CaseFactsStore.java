package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.jdbc.Sql;
import io.harmsway.sla.rules.CaseFacts;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case facts clocks depend on, and who holds each case, in {@code sla_case}: its only writer.
 * The sweep and the officers' actions read the team and officer with the clock rows.
 */
public class CaseFactsStore implements CaseBook {

    private final JdbcTemplate jdbc;
    private final CaseFactsJson factsJson = new CaseFactsJson();

    public CaseFactsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseFacts factsOf(String caseId) {
        List<CaseFacts> facts = jdbc.query("select facts, risk_grade from sla_case where case_id = ?",
                (rs, row) -> facts(rs), caseId);
        return facts.isEmpty() ? CaseFacts.none() : facts.get(0);
    }

    /** The facts of the given cases, by case; a case never referred is absent. */
    Map<String, CaseFacts> factsOf(Collection<String> caseIds) {
        Map<String, CaseFacts> facts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return facts;
        }
        jdbc.query("select case_id, facts, risk_grade from sla_case where case_id = any(?)",
                statement -> Sql.bindTexts(statement, 1, caseIds), (ResultSet rs) -> {
            facts.put(rs.getString("case_id"), facts(rs));
        });
        return facts;
    }

    private CaseFacts facts(ResultSet rs) throws SQLException {
        return factsJson.read(rs.getString("facts")).withRisk(RiskGrade.valueOf(rs.getString("risk_grade")));
    }

    @Override
    public void opened(String caseId, String team, String officer, CaseFacts facts) {
        jdbc.update("""
                insert into sla_case (case_id, team, risk_grade, officer, facts) values (?, ?, ?, ?, ?::jsonb)
                on conflict (case_id) do update set team = excluded.team, risk_grade = excluded.risk_grade,
                    officer = excluded.officer, facts = excluded.facts""",
                caseId, team, facts.risk().name(), officer, factsJson.write(facts));
    }

    @Override
    public void riskChanged(String caseId, RiskGrade grade) {
        jdbc.update("update sla_case set risk_grade = ? where case_id = ?", grade.name(), caseId);
    }

    @Override
    public void noted(String caseId, String name, String value) {
        jdbc.update("update sla_case set facts = facts || jsonb_build_object(?::text, ?::text) where case_id = ?",
                name, value, caseId);
    }

    @Override
    public void transferred(String caseId, String team, String officer) {
        jdbc.update("update sla_case set team = coalesce(?, team), officer = coalesce(?, officer) where case_id = ?",
                team, officer, caseId);
    }
}
