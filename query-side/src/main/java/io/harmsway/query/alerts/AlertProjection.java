package io.harmsway.query.alerts;

import io.harmsway.query.Projections;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.TeamAlertsQuery;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockMet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.harmsway.query.Sql.instant;
import static io.harmsway.query.Sql.ts;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code team_alert}. The case's team and risk come from {@code case_summary}, which the
 * same processing group filled from earlier events of the case.
 */
@ProcessingGroup(Projections.GROUP)
public class AlertProjection {

    private final JdbcTemplate jdbc;

    public AlertProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SlaClockBreached event, @Timestamp Instant raisedAt) {
        jdbc.update("""
                insert into team_alert (clock_id, case_id, team, risk_grade, rule_id, rule_title, subject_id, due_at, raised_at)
                select ?, s.case_id, s.team, s.risk_grade, ?, ?, ?, ?, ? from case_summary s where s.case_id = ?
                on conflict (clock_id) do nothing""",
                event.clockId(), event.ruleId(), event.ruleTitle(), event.subjectId(),
                ts(event.dueAt()), ts(raisedAt), event.caseId());
    }

    @EventHandler
    void on(SlaClockMet event, @Timestamp Instant metAt) {
        jdbc.update("update team_alert set resolved_at = ? where clock_id = ?", ts(metAt),
                event.clockId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate team_alert");
    }

    @QueryHandler
    List<DelayAlert> handle(TeamAlertsQuery query) {
        return jdbc.query("""
                select * from team_alert where team = ? and resolved_at is null
                order by case risk_grade when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, due_at""",
                (rs, row) -> new DelayAlert(rs.getString("clock_id"), rs.getString("case_id"), rs.getString("team"),
                        rs.getString("risk_grade"), rs.getString("rule_id"), rs.getString("rule_title"),
                        rs.getString("subject_id"), instant(rs, "due_at"),
                        instant(rs, "raised_at")),
                query.team());
    }
}
