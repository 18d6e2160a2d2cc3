package io.harmsway.ops.access;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What access is judged by: the team holding each case now ({@code case_team}) and the case each
 * SLA clock belongs to ({@code clock_case}). The one writer of both tables; every write is
 * idempotent, so an event taken twice changes nothing.
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
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar",
                        caseIds.stream().distinct().toArray())),
                row -> { teams.put(row.getString("case_id"), row.getString("team")); });
        return teams;
    }

    Optional<String> caseOfClock(String clockId) {
        return jdbc.queryForList("select case_id from clock_case where clock_id = ?", String.class, clockId).stream()
                .findFirst();
    }

    void opened(String caseId, String team) {
        jdbc.update("insert into case_team (case_id, team) values (?, ?) on conflict (case_id) do nothing",
                caseId, team);
    }

    void transferred(String caseId, String team) {
        jdbc.update("update case_team set team = ? where case_id = ?", team, caseId);
    }

    void clockStarted(String clockId, String caseId) {
        jdbc.update("insert into clock_case (clock_id, case_id) values (?, ?) on conflict (clock_id) do nothing",
                clockId, caseId);
    }
}
