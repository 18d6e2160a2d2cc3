package io.harmsway.query.breaches;

import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.BreachHistory;
import io.harmsway.query.api.TeamBreachHistoryQuery;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockMet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static io.harmsway.jdbc.Sql.instant;
import static io.harmsway.jdbc.Sql.ts;

/**
 * Keeps {@code breach_history}: one row per police clock that breached, with the team and officer
 * the breach event names (who held the case when the deadline passed; a later transfer does not
 * move it), its first acknowledgement and when it was met or cancelled. A partner agency's missed
 * deadline is the officer's to chase, not a supervisor's breach, and is not kept. Breaches stored
 * before they named team and officer take them from {@code breach_history_case}, kept here from the
 * case's own events.
 */
@ProcessingGroup(ReadModels.BREACH_HISTORY)
public class BreachHistoryProjection {

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final Clock clock;

    public BreachHistoryProjection(JdbcTemplate jdbc, ProjectionWrites writes, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    @EventHandler
    void on(ReferralReceived event, @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        writes.update("insert into breach_history_case (case_id, team, officer) values (?, ?, ?) on conflict do nothing",
                event.caseId(), event.team(), actor);
    }

    @EventHandler
    void on(CaseTransferred event) {
        writes.update("update breach_history_case set team = ?, officer = ? where case_id = ?", event.toTeam(),
                event.toOfficer(), event.caseId());
    }

    /** It breached at its deadline ({@code occurredAt}); a breach delivered again changes nothing. */
    @EventHandler
    void on(SlaClockBreached event) {
        if (event.partners()) {
            return;
        }
        writes.update("""
                insert into breach_history (clock_id, case_id, team, officer, rule_id, rule_title, breached_at)
                select ?, c.case_id, coalesce(?, c.team), coalesce(?, c.officer), ?, ?, ?
                from breach_history_case c where c.case_id = ?
                on conflict (clock_id) do nothing""",
                event.clockId(), event.team(), event.officer(), event.ruleId(), event.ruleTitle(),
                ts(event.occurredAt()), event.caseId());
    }

    /** The time to acknowledgement is to the first: a later one restates the plan. */
    @EventHandler
    void on(SlaClockAcknowledged event) {
        writes.update("""
                update breach_history set acknowledged_at = ?, acknowledged_by = ?
                where clock_id = ? and acknowledged_at is null""",
                ts(event.occurredAt()), event.acknowledgedBy(), event.clockId());
    }

    @EventHandler
    void on(SlaClockMet event, @Timestamp Instant recordedAt) {
        ended(event.clockId(), recordedAt);
    }

    @EventHandler
    void on(SlaClockCancelled event, @Timestamp Instant recordedAt) {
        ended(event.clockId(), recordedAt);
    }

    private void ended(String clockId, Instant at) {
        writes.update("update breach_history set resolved_at = ? where clock_id = ? and resolved_at is null", ts(at),
                clockId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate breach_history, breach_history_case");
    }

    @QueryHandler
    BreachHistory handle(TeamBreachHistoryQuery query) {
        Instant now = clock.instant();
        BreachWeeks weeks = BreachWeeks.endingAt(now, query.weeks());
        List<Breach> breaches = jdbc.query("""
                select breached_at, acknowledged_at, resolved_at from breach_history
                where team = ? and breached_at >= ? and breached_at <= ? order by breached_at""",
                (rs, row) -> new Breach(instant(rs, "breached_at"), instant(rs, "acknowledged_at"),
                        instant(rs, "resolved_at")),
                query.team(), ts(weeks.start()), ts(now));
        return new BreachHistory(weeks.count(breaches), AcknowledgementFigures.of(breaches));
    }
}
