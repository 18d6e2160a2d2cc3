package io.harmsway.query.alerts;

import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.OfficerAlertsQuery;
import io.harmsway.query.api.TeamAlertsQuery;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.api.SlaClockWarned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static io.harmsway.jdbc.Sql.ts;
import static io.harmsway.query.alerts.AlertRows.alert;

/**
 * Keeps {@code team_alert}: one row per clock that has needed attention, following it through its
 * stages until it is met or cancelled. The case's team, risk and the officer who holds it now
 * (not the one a warning happened to reach before a transfer) come from
 * {@code alert_case}, which {@link AlertCases} fills in the same processing group from the case's
 * earlier events.
 */
@ProcessingGroup(ReadModels.ALERTS)
public class AlertProjection {

    /** The stage of a partner's missed deadline: the investigator chases the partner. */
    public static final String CHASE_PARTNER = "CHASE_PARTNER";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final Clock clock;

    public AlertProjection(JdbcTemplate jdbc, ProjectionWrites writes, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    /** Worst risk first means the child's current risk: a re-assessment moves the case's alerts. */
    @EventHandler
    void on(RiskAssessed event) {
        writes.update("update team_alert set risk_grade = ? where case_id = ?", event.riskGrade().name(), event.caseId());
    }

    /** A transferred case's alerts go to its new team and name the officer who holds it now. */
    @EventHandler
    void on(CaseTransferred event) {
        writes.update("update team_alert set team = ?, officer = ? where case_id = ?", event.toTeam(), event.toOfficer(),
                event.caseId());
    }

    @EventHandler
    void on(SlaClockWarned event, @Timestamp Instant raisedAt) {
        raise(event, event.ruleTitle(), "WARNING", event.notifyRole(), raisedAt);
        writes.update("update team_alert set warning_fraction = ? where clock_id = ?", event.fraction(), event.clockId());
    }

    /**
     * A police deadline missed is a breach for the supervisor; a partner agency's is a notice of its
     * own kind ({@value #CHASE_PARTNER}) for the officer who holds the case, to chase the partner:
     * it shows in the officer's own inbox and the team's list of alerts, never in the supervisor's inbox.
     */
    @EventHandler
    void on(SlaClockBreached event, @Timestamp Instant raisedAt) {
        raise(event, event.ruleTitle(), event.partners() ? CHASE_PARTNER : "BREACHED", event.notifyRole(), raisedAt);
    }

    @EventHandler
    void on(SlaClockEscalated event) {
        writes.update("""
                update team_alert set stage = 'ESCALATED', escalation_level = ?, escalated_to = ?, escalated_at = ?,
                    notify_role = ? where clock_id = ?""",
                event.level(), event.notifyRole(), ts(event.occurredAt()), event.notifyRole(), event.clockId());
    }

    @EventHandler
    void on(SlaClockAcknowledged event) {
        writes.update("update team_alert set acknowledged_by = ?, acknowledged_at = ?, acknowledgement = ? where clock_id = ?",
                event.acknowledgedBy(), ts(event.occurredAt()), event.note(), event.clockId());
    }

    @EventHandler
    void on(SlaClockPaused event, @Timestamp Instant raisedAt) {
        raise(event, event.ruleId(), "PAUSED", null, raisedAt);
        writes.update("update team_alert set paused_since = ?, pause_reason = ? where clock_id = ?",
                ts(event.occurredAt()), event.reason(), event.clockId());
    }

    @EventHandler
    void on(SlaClockResumed event) {
        writes.update("delete from team_alert where clock_id = ? and stage = 'PAUSED'", event.clockId());
        writes.update("""
                update team_alert set paused_since = null, pause_reason = null, due_at = ?,
                    paused_total_ms = paused_total_ms + ? where clock_id = ?""",
                ts(event.dueAt()), event.pausedFor().toMillis(), event.clockId());
    }

    @EventHandler
    void on(SlaClockDueDateChanged event) {
        writes.update("update team_alert set due_at = ? where clock_id = ?", ts(event.dueAt()), event.clockId());
    }

    @EventHandler
    void on(SlaClockFaulted event, @Timestamp Instant raisedAt) {
        raise(event, event.ruleId(), "FAULTED", null, raisedAt);
    }

    @EventHandler
    void on(SlaClockMet event, @Timestamp Instant metAt) {
        resolve(event.clockId(), metAt);
    }

    @EventHandler
    void on(SlaClockCancelled event, @Timestamp Instant cancelledAt) {
        resolve(event.clockId(), cancelledAt);
    }

    /**
     * Opens the clock's alert, or moves it to a later stage (a stage never goes back, and a pause
     * does not hide a warning: the resumption deletes only the rows a pause opened), with the
     * case's team, risk and the officer who holds it from {@code alert_case}. A faulted
     * clock may have no due date: its alert keeps the one it had, or shows when it was raised. A
     * null here would fail the insert and, in PostgreSQL, the whole batch's transaction with it.
     */
    private void raise(ClockEvent event, String title, String stage, String notifyRole, Instant raisedAt) {
        writes.update("""
                insert into team_alert (clock_id, case_id, team, risk_grade, officer, rule_id, rule_title, subject_id,
                                        due_at, raised_at, stage, notify_role)
                select ?, s.case_id, s.team, s.risk_grade, s.officer, ?, ?, ?, coalesce(?::timestamptz, ?::timestamptz),
                       ?, ?, ?
                from alert_case s where s.case_id = ?
                on conflict (clock_id) do update set
                    stage = case when team_alert.stage = 'PAUSED' or (team_alert.stage = 'WARNING' and excluded.stage <> 'PAUSED')
                                 then excluded.stage else team_alert.stage end,
                    rule_title = case when excluded.stage = 'PAUSED' or excluded.stage = 'FAULTED' then team_alert.rule_title
                                      else excluded.rule_title end,
                    notify_role = coalesce(excluded.notify_role, team_alert.notify_role),
                    due_at = coalesce(?::timestamptz, team_alert.due_at), raised_at = excluded.raised_at""",
                event.clockId(), event.ruleId(), title, event.subjectId(), ts(event.dueAt()), ts(raisedAt), ts(raisedAt),
                stage, notifyRole, event.caseId(), ts(event.dueAt()));
    }

    private void resolve(String clockId, Instant at) {
        writes.update("update team_alert set resolved_at = ? where clock_id = ?", ts(at), clockId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate team_alert");
    }

    @QueryHandler
    List<DelayAlert> handle(TeamAlertsQuery query) {
        Instant now = clock.instant();
        return jdbc.query("""
                select * from team_alert where team = ? and resolved_at is null
                order by case risk_grade when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, due_at, case_id, clock_id""",
                (rs, row) -> alert(rs, now), query.team());
    }

    @QueryHandler
    List<DelayAlert> handle(OfficerAlertsQuery query) {
        Instant now = clock.instant();
        return jdbc.query("""
                select a.* from team_alert a join alert_case s on s.case_id = a.case_id
                where s.officer = ? and a.resolved_at is null
                order by case a.risk_grade when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, a.due_at, a.case_id, a.clock_id""",
                (rs, row) -> alert(rs, now), query.officer());
    }
}
