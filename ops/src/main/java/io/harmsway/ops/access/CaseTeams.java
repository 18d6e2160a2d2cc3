package io.harmsway.ops.access;

import io.harmsway.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What access is judged by: the team holding each case now ({@code case_team}; a clock's case is
 * the SLA module's, {@link ClockCases}). The one writer of the table; every write is idempotent,
 * so an event taken twice changes nothing.
 */
public class CaseTeams {

    private final JdbcTemplate jdbc;

    public CaseTeams(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The team holding the case now; empty for no such case. */
    public Optional<String> teamOf(String caseId) {
        return jdbc.queryForList("select team from case_team where case_id = ?", String.class, caseId).stream()
                .findFirst();
    }

    /** The teams of those of the cases that exist, by case id: one query for a whole list. */
    Map<String, String> teamsOf(Collection<String> caseIds) {
        Map<String, String> teams = new HashMap<>();
        if (caseIds.isEmpty()) {
            return teams;
        }
        jdbc.query("select case_id, team from case_team where case_id = any (?)",
                statement -> Sql.bindTexts(statement, 1, caseIds),
                row -> { teams.put(row.getString("case_id"), row.getString("team")); });
        return teams;
    }


    void opened(String caseId, String team) {
        jdbc.update("insert into case_team (case_id, team) values (?, ?) on conflict (case_id) do nothing",
                caseId, team);
    }

    void transferred(String caseId, String team) {
        jdbc.update("update case_team set team = ? where case_id = ?", team, caseId);
    }

}
