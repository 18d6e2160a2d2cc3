package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.ClockView;
import io.harmsway.sla.api.PausedTime;
import io.harmsway.sla.rules.RuleCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.harmsway.jdbc.Sql.bindTexts;
import static io.harmsway.jdbc.Sql.instant;
import static io.harmsway.jdbc.Sql.ts;

/**
 * Reads the clocks' working state in {@code sla_clock}, locking what is about to change; every
 * change goes through {@link ClockWriter}. {@code next_attention_at} is the next moment a clock
 * needs the sweep; it is indexed, so a sweep reads only what is due.
 */
public class ClockStore {

    private static final String COLUMNS = "k.*, c.team, c.officer";
    private static final String FROM = " from sla_clock k left join sla_case c on c.case_id = k.case_id ";

    private static final RowMapper<ClockRow> ROW = ClockStore::row;

    private final JdbcTemplate jdbc;

    public ClockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The running clocks of a case, locked for this transaction. */
    List<ClockRow> runningClocks(String caseId) {
        return jdbc.query("select " + COLUMNS + FROM + "where k.case_id = ? and k.state = 'OPEN' order by k.started_at for update of k",
                ROW, caseId);
    }

    /** The running clocks of the given cases, locked for this transaction, by case, each case's in the order they started. */
    Map<String, List<ClockRow>> runningClocks(Collection<String> caseIds) {
        Map<String, List<ClockRow>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.query("select " + COLUMNS + FROM
                + "where k.case_id = any(?) and k.state = 'OPEN' order by k.case_id, k.started_at for update of k",
                statement -> bindTexts(statement, 1, caseIds), (ResultSet rs) -> {
            ClockRow row = row(rs, 0);
            byCase.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row);
        });
        return byCase;
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

    /** The case the clock belongs to; empty for no such clock (or an id that is no clock id at all). */
    Optional<String> caseOf(String clockId) {
        if (!isUuid(clockId)) {
            return Optional.empty();
        }
        return jdbc.queryForList("select case_id from sla_clock where clock_id = ?::uuid", String.class, clockId)
                .stream().findFirst();
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

    /** The case's clocks, each with the agency its rule version says must act. */
    List<ClockView> clocksOf(String caseId, Clock clock, RuleCatalogue catalogue) {
        Instant now = clock.instant();
        return jdbc.query("select * from sla_clock where case_id = ? order by started_at, rule_id, subject_id",
                (rs, row) -> view(rs, now, catalogue), caseId);
    }

    /** The clocks of each of the cases, in one query (a case with none is absent). */
    Map<String, List<ClockView>> clocksOf(Collection<String> caseIds, Clock clock, RuleCatalogue catalogue) {
        Instant now = clock.instant();
        Map<String, List<ClockView>> clocks = new HashMap<>();
        if (caseIds.isEmpty()) {
            return clocks;
        }
        jdbc.query("select * from sla_clock where case_id = any (?) order by case_id, started_at, rule_id, subject_id",
                statement -> bindTexts(statement, 1, caseIds),
                row -> {
                    ClockView view = view(row, now, catalogue);
                    clocks.computeIfAbsent(view.caseId(), caseId -> new ArrayList<>()).add(view);
                });
        return clocks;
    }

    private static ClockView view(ResultSet rs, Instant now, RuleCatalogue catalogue) throws SQLException {
        Instant pausedAt = instant(rs, "paused_at");
        Duration pausedFor = PausedTime.soFar(Duration.ofMillis(rs.getLong("paused_total_ms")), pausedAt, now);
        String agency = catalogue.version(rs.getString("rule_id"), rs.getInt("rule_version"))
                .map(rule -> rule.agency().name()).orElse(null);
        return new ClockView(rs.getString("clock_id"), rs.getString("case_id"), rs.getString("rule_id"),
                rs.getInt("rule_version"), agency, rs.getString("subject_id"), rs.getString("risk_grade"),
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
