package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.ClockView;
import io.harmsway.sla.rules.CaseFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.harmsway.jdbc.Sql.instant;
import static io.harmsway.jdbc.Sql.ts;

/**
 * The clocks' working state in {@code sla_clock}. {@code next_attention_at} is the next moment a
 * clock needs the sweep; it is indexed, so a sweep reads only what is due.
 */
public class ClockStore {

    private static final String COLUMNS = "k.*, c.team, c.officer";
    private static final String FROM = " from sla_clock k left join sla_case c on c.case_id = k.case_id ";

    private static final RowMapper<ClockRow> ROW = ClockStore::row;

    private final JdbcTemplate jdbc;
    private final CaseFactsJson factsJson = new CaseFactsJson();

    public ClockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void rememberCase(String caseId, String team, String officer, CaseFacts facts) {
        jdbc.update("""
                insert into sla_case (case_id, team, risk_grade, officer, facts) values (?, ?, ?, ?, ?::jsonb)
                on conflict (case_id) do update set team = excluded.team, risk_grade = excluded.risk_grade,
                    officer = excluded.officer, facts = excluded.facts""",
                caseId, team, facts.risk().name(), officer, factsJson.write(facts));
    }

    CaseFacts factsOf(String caseId) {
        List<CaseFacts> facts = jdbc.query("select facts, risk_grade from sla_case where case_id = ?",
                (rs, row) -> factsJson.read(rs.getString("facts")).withRisk(RiskGrade.valueOf(rs.getString("risk_grade"))),
                caseId);
        return facts.isEmpty() ? CaseFacts.none() : facts.get(0);
    }

    void changeRisk(String caseId, RiskGrade grade) {
        jdbc.update("update sla_case set risk_grade = ? where case_id = ?", grade.name(), caseId);
    }

    void transfer(String caseId, String team, String officer) {
        jdbc.update("update sla_case set team = coalesce(?, team), officer = coalesce(?, officer) where case_id = ?",
                team, officer, caseId);
    }

    /** Starts a clock unless one for the same rule and subject is already running; says whether it did. */
    boolean start(UUID clockId, String caseId, String ruleId, int ruleVersion, String subjectId, String startedBy,
                  ClockState state, Instant nextAttention) {
        return jdbc.update("""
                insert into sla_clock (clock_id, case_id, rule_id, rule_version, subject_id, started_at, due_at,
                                       state, risk_grade, started_by_event, next_attention_at)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                on conflict do nothing""",
                clockId, caseId, ruleId, ruleVersion, subjectId, ts(state.startedAt()), ts(state.dueAt()),
                state.risk().name(), startedBy, ts(nextAttention)) == 1;
    }

    /** The running clocks of a case, locked for this transaction. */
    List<ClockRow> runningClocks(String caseId) {
        return jdbc.query("select " + COLUMNS + FROM + "where k.case_id = ? and k.state = 'OPEN' order by k.started_at for update of k",
                ROW, caseId);
    }

    List<ClockRow> startedBy(String eventId) {
        return jdbc.query("select " + COLUMNS + FROM + "where k.started_by_event = ? for update of k", ROW, eventId);
    }

    List<ClockRow> stoppedBy(String eventId) {
        return jdbc.query("select " + COLUMNS + FROM + "where k.stopped_by_event = ? for update of k", ROW, eventId);
    }

    Optional<ClockRow> lock(String clockId) {
        if (!isUuid(clockId)) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + FROM + "where k.clock_id = ?::uuid for update of k", ROW, clockId)
                .stream().findFirst();
    }

    /** Saves a running clock's new state and when it next needs the sweep. */
    void save(String clockId, ClockState state, String pauseReason, Instant nextAttention) {
        jdbc.update("""
                update sla_clock set started_at = ?, due_at = ?, risk_grade = ?, extended_units = ?, paused_total_ms = ?,
                    paused_at = ?, pause_reason = ?, warnings_raised = ?, breached_at = ?, escalations = ?,
                    acknowledged_at = ?, next_attention_at = ?
                where clock_id = ?::uuid""",
                ts(state.startedAt()), ts(state.dueAt()), state.risk().name(), state.extendedUnits(),
                state.pausedTotal().toMillis(), ts(state.pausedAt()), state.paused() ? pauseReason : null,
                state.warningsRaised(), ts(state.breachedAt()), state.escalations(), ts(state.acknowledgedAt()),
                ts(nextAttention), clockId);
    }

    void acknowledged(String clockId, String by, String note) {
        jdbc.update("update sla_clock set acknowledged_by = ?, acknowledgement_note = ? where clock_id = ?::uuid",
                by, note, clockId);
    }

    void end(String clockId, Change.Ending ending, Instant at, String eventId) {
        jdbc.update("""
                update sla_clock set state = ?, stopped_at = ?, stopped_by_event = ?, next_attention_at = null,
                    paused_at = null where clock_id = ?::uuid""",
                ending.name(), ts(at), eventId, clockId);
    }

    void correctStop(String clockId, Instant at) {
        jdbc.update("update sla_clock set stopped_at = ? where clock_id = ?::uuid", ts(at), clockId);
    }

    /**
     * Locks up to {@code limit} clocks that need attention at {@code now}, most urgent first.
     * Rows another sweep holds are skipped, and a row another sweep has just handled no longer
     * matches, so each clock is handled by one sweep only. Must run inside a transaction.
     */
    List<ClockRow> lockDue(Instant now, int limit) {
        return jdbc.query("select " + COLUMNS + FROM + """
                where k.next_attention_at <= ?
                order by k.next_attention_at
                limit ?
                for update of k skip locked""", ROW, ts(now), limit);
    }

    /** The sweep cannot judge this clock: it is set aside, with the problem, until an operator looks. */
    void fault(String clockId, String problem, Instant at) {
        jdbc.update("update sla_clock set fault = ?, faulted_at = ?, next_attention_at = null where clock_id = ?::uuid",
                problem, ts(at), clockId);
    }

    List<ClockView> clocksOf(String caseId, Clock clock) {
        Instant now = clock.instant();
        return jdbc.query("select * from sla_clock where case_id = ? order by started_at, rule_id, subject_id",
                (rs, row) -> view(rs, now), caseId);
    }

    private static ClockView view(ResultSet rs, Instant now) throws SQLException {
        Instant pausedAt = instant(rs, "paused_at");
        Duration pausedFor = Duration.ofMillis(rs.getLong("paused_total_ms"));
        if (pausedAt != null && now.isAfter(pausedAt)) {
            pausedFor = pausedFor.plus(Duration.between(pausedAt, now));
        }
        return new ClockView(rs.getString("clock_id"), rs.getString("case_id"), rs.getString("rule_id"),
                rs.getInt("rule_version"), rs.getString("subject_id"), rs.getString("risk_grade"),
                instant(rs, "started_at"), instant(rs, "due_at"), rs.getString("state"), pausedAt,
                rs.getString("pause_reason"), pausedFor, rs.getInt("warnings_raised"), instant(rs, "breached_at"),
                rs.getInt("escalations"), instant(rs, "acknowledged_at"), instant(rs, "stopped_at"),
                instant(rs, "next_attention_at"), rs.getString("fault"));
    }

    private static ClockRow row(ResultSet rs, int row) throws SQLException {
        ClockState state = null;
        String unreadable = null;
        try {
            state = new ClockState(instant(rs, "started_at"), RiskGrade.valueOf(rs.getString("risk_grade")),
                    rs.getLong("extended_units"), Duration.ofMillis(rs.getLong("paused_total_ms")),
                    instant(rs, "paused_at"), instant(rs, "due_at"), rs.getInt("warnings_raised"),
                    instant(rs, "breached_at"), rs.getInt("escalations"), instant(rs, "acknowledged_at"));
        } catch (RuntimeException e) {
            unreadable = "the clock's row cannot be read: " + e;
        }
        return new ClockRow(rs.getString("clock_id"), rs.getString("case_id"), rs.getString("rule_id"),
                rs.getInt("rule_version"), rs.getString("subject_id"), rs.getString("state"), state,
                rs.getString("pause_reason"), instant(rs, "stopped_at"), rs.getString("team"), rs.getString("officer"), unreadable);
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
