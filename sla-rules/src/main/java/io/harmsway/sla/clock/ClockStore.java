package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The clocks' working state in {@code sla_clock}. {@code next_attention_at} is the next moment a
 * clock needs the sweep; it is indexed, so a sweep reads only what is due.
 */
public class ClockStore {

    private static final RowMapper<OpenClock> OPEN_CLOCK = (rs, row) -> new OpenClock(
            rs.getString("clock_id"), rs.getString("case_id"), rs.getString("rule_id"),
            rs.getString("subject_id"), rs.getTimestamp("due_at").toInstant(),
            instant(rs.getTimestamp("breached_at")));

    private final JdbcTemplate jdbc;

    public ClockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void rememberCase(String caseId, String team, RiskGrade risk) {
        jdbc.update("""
                insert into sla_case (case_id, team, risk_grade) values (?, ?, ?)
                on conflict (case_id) do update set team = excluded.team, risk_grade = excluded.risk_grade""",
                caseId, team, risk.name());
    }

    RiskGrade riskOf(String caseId) {
        List<String> grades = jdbc.queryForList("select risk_grade from sla_case where case_id = ?", String.class, caseId);
        return grades.isEmpty() ? RiskGrade.STANDARD : RiskGrade.valueOf(grades.get(0));
    }

    /** Starts a clock unless one for the same rule and subject is already running; says whether it did. */
    boolean start(UUID clockId, String caseId, String ruleId, int ruleVersion, String subjectId,
                  Instant startedAt, Instant dueAt) {
        return jdbc.update("""
                insert into sla_clock (clock_id, case_id, rule_id, rule_version, subject_id, started_at, due_at,
                                       state, next_attention_at)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
                on conflict do nothing""",
                clockId, caseId, ruleId, ruleVersion, subjectId, ts(startedAt), ts(dueAt), ts(dueAt)) == 1;
    }

    List<OpenClock> openClocks(String caseId, String ruleId, String subjectId) {
        return jdbc.query("""
                select * from sla_clock
                where case_id = ? and rule_id = ? and subject_id = ? and state = 'OPEN'
                for update""", OPEN_CLOCK, caseId, ruleId, subjectId);
    }

    void markMet(String clockId, Instant metAt) {
        jdbc.update("update sla_clock set state = 'MET', stopped_at = ?, next_attention_at = null where clock_id = ?::uuid",
                ts(metAt), clockId);
    }

    /**
     * Locks up to {@code limit} clocks that need attention at {@code now}, most urgent first.
     * Rows another sweep holds are skipped, and a row another sweep has just handled no longer
     * matches, so each clock is handled by one sweep only. Must run inside a transaction.
     */
    List<OpenClock> lockDue(Instant now, int limit) {
        return jdbc.query("""
                select * from sla_clock
                where next_attention_at <= ?
                order by next_attention_at
                limit ?
                for update skip locked""", OPEN_CLOCK, ts(now), limit);
    }

    void markBreached(List<OpenClock> clocks, Instant breachedAt) {
        jdbc.batchUpdate("update sla_clock set breached_at = ?, next_attention_at = null where clock_id = ?::uuid",
                clocks.stream().map(clock -> new Object[]{ts(breachedAt), clock.clockId()}).toList());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
