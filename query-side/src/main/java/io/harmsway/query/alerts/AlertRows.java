package io.harmsway.query.alerts;

import io.harmsway.query.api.DelayAlert;
import io.harmsway.sla.api.PausedTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static io.harmsway.jdbc.Sql.instant;

/** A {@code team_alert} row as every inbox shows it, its paused time counted up to {@code now}. */
final class AlertRows {

    private AlertRows() {
    }

    static DelayAlert alert(ResultSet rs, Instant now) throws SQLException {
        Instant pausedSince = instant(rs, "paused_since");
        Duration pausedFor = PausedTime.soFar(Duration.ofMillis(rs.getLong("paused_total_ms")), pausedSince, now);
        Double fraction = rs.getObject("warning_fraction") == null ? null : rs.getDouble("warning_fraction");
        return new DelayAlert(rs.getString("clock_id"), rs.getString("case_id"), rs.getString("team"),
                rs.getString("risk_grade"), rs.getString("rule_id"), rs.getString("rule_title"),
                rs.getString("subject_id"), instant(rs, "due_at"), instant(rs, "raised_at"), rs.getString("stage"),
                rs.getString("notify_role"), rs.getString("officer"), fraction,
                rs.getInt("escalation_level"), rs.getString("escalated_to"), instant(rs, "escalated_at"),
                rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("acknowledgement"),
                pausedSince != null, pausedSince, rs.getString("pause_reason"), pausedFor, null);
    }
}
