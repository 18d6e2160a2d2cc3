package io.harmsway.query.cases;

import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.CaseListQuery;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.harmsway.jdbc.Sql.instant;
import static io.harmsway.jdbc.Sql.ts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code case_summary} (team and officer, current risk, status, how late entries were
 * recorded, how many clocks were ever breached) and the open clocks of each case
 * ({@code case_open_clock}).
 */
@ProcessingGroup(ReadModels.CASE_LIST)
public class CaseListProjection {

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final RecordingLag lag;

    public CaseListProjection(JdbcTemplate jdbc, ProjectionWrites writes, RecordingLag lag) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.lag = lag;
    }

    /** The referral opens the row, counting its own recording lag: the lag handler skips it. */
    @EventHandler
    void on(ReferralReceived event, @Timestamp Instant recordedAt, @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        Duration recordingLag = lag.of(event, recordedAt);
        writes.update("""
                insert into case_summary (case_id, team, officer, risk_grade, status, allegation, referred_at,
                                          late_entries, longest_recording_lag)
                values (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?) on conflict (case_id) do nothing""",
                event.caseId(), event.team(), actor, event.riskGrade().name(), event.allegation().name(),
                ts(event.occurredAt()), lag.isLate(recordingLag) ? 1 : 0, recordingLag.toSeconds());
    }

    /** The child's current risk grades the case (and so its place in lists and inboxes). */
    @EventHandler
    void on(RiskAssessed event) {
        writes.update("update case_summary set risk_grade = ? where case_id = ?", event.riskGrade().name(),
                event.caseId());
    }

    @EventHandler
    void on(CaseTransferred event) {
        writes.update("update case_summary set team = ?, officer = ? where case_id = ?", event.toTeam(),
                event.toOfficer(), event.caseId());
    }

    @EventHandler
    void on(CaseClosed event) {
        writes.update("update case_summary set status = 'CLOSED' where case_id = ?", event.caseId());
    }

    @EventHandler
    void on(SlaClockStarted event) {
        writes.update("""
                insert into case_open_clock (clock_id, case_id, rule_id, subject_id, due_at)
                values (?, ?, ?, ?, ?) on conflict (clock_id) do nothing""",
                event.clockId(), event.caseId(), event.ruleId(), event.subjectId(), ts(event.dueAt()));
    }

    /**
     * A breach counts twice: among the open breaches while its clock runs, and for good among the
     * clocks ever breached, which a clock met late or cancelled afterwards does not lower. Only the
     * first breach of an open clock counts, so a breach delivered again changes nothing.
     */
    @EventHandler
    void on(SlaClockBreached event) {
        writes.update("""
                update case_summary set clocks_ever_breached = clocks_ever_breached + 1
                where case_id = ? and exists (select 1 from case_open_clock where clock_id = ? and not breached)""",
                event.caseId(), event.clockId());
        writes.update("update case_open_clock set breached = true where clock_id = ?", event.clockId());
    }

    @EventHandler
    void on(SlaClockMet event) {
        writes.update("delete from case_open_clock where clock_id = ?", event.clockId());
    }

    @EventHandler
    void on(SlaClockCancelled event) {
        writes.update("delete from case_open_clock where clock_id = ?", event.clockId());
    }

    @EventHandler
    void on(SlaClockDueDateChanged event) {
        writes.update("update case_open_clock set due_at = ? where clock_id = ?", ts(event.dueAt()), event.clockId());
    }

    @EventHandler
    void on(SlaClockResumed event) {
        writes.update("update case_open_clock set due_at = ? where clock_id = ?", ts(event.dueAt()), event.clockId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate case_summary, case_open_clock");
    }

    @QueryHandler
    List<CaseSummary> handle(CaseListQuery query) {
        Long lateBy = query.recordedLateBy() == null ? null : query.recordedLateBy().toSeconds();
        return jdbc.query("""
                select s.case_id, s.team, s.officer, s.risk_grade, s.status, s.allegation, s.referred_at,
                       s.late_entries, s.longest_recording_lag, s.clocks_ever_breached,
                       count(c.clock_id) as open_clocks, min(c.due_at) as most_overdue,
                       count(c.clock_id) filter (where c.breached) as breached
                from case_summary s left join case_open_clock c on c.case_id = s.case_id
                where (cast(? as varchar) is null or s.team = ?)
                  and (cast(? as bigint) is null or s.longest_recording_lag >= ?)
                group by s.case_id
                order by min(c.due_at) nulls last, s.referred_at, s.case_id""",
                (rs, row) -> new CaseSummary(rs.getString("case_id"), rs.getString("team"), rs.getString("officer"),
                        rs.getString("risk_grade"), rs.getString("status"), rs.getString("allegation"),
                        instant(rs, "referred_at"), rs.getInt("open_clocks"),
                        instant(rs, "most_overdue"),
                        rs.getInt("breached"), rs.getInt("clocks_ever_breached"), rs.getInt("late_entries"),
                        Duration.ofSeconds(rs.getLong("longest_recording_lag"))),
                query.team(), query.team(), lateBy, lateBy);
    }
}
