package io.harmsway.query.alerts;

import io.harmsway.query.ReadModels;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.InboxCase;
import io.harmsway.query.api.TeamInboxQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's inbox: the team's open warnings and breaches grouped by case, so that a case
 * with five missed deadlines is one child waiting, not five lines. It only reads {@code team_alert},
 * which {@link AlertProjection} keeps in this processing group (the group it is named with).
 */
@ProcessingGroup(ReadModels.ALERTS)
public class TeamInbox {

    private static final String WARNING = "WARNING";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TeamInbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Rows come case by case in the inbox's order (risk, then the case's earliest due date, the case
     * id breaking ties so that two cases never interleave), each case's alerts oldest due first.
     * Warnings, breaches and escalations are what a supervisor acts on; a clock paused before any
     * warning, or faulted (an operator's matter, with no due date), is not.
     */
    @QueryHandler
    List<InboxCase> handle(TeamInboxQuery query) {
        Instant now = clock.instant();
        List<DelayAlert> alerts = jdbc.query("""
                select a.*, min(a.due_at) over (partition by a.case_id) as case_due_at from team_alert a
                where a.team = ? and a.resolved_at is null and a.stage in ('WARNING', 'BREACHED', 'ESCALATED')
                order by case a.risk_grade when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, case_due_at, a.case_id,
                         a.due_at, a.clock_id""",
                (rs, row) -> AlertRows.alert(rs, now), query.team());
        Map<String, List<DelayAlert>> byCase = new LinkedHashMap<>();
        alerts.forEach(alert -> byCase.computeIfAbsent(alert.caseId(), caseId -> new ArrayList<>()).add(alert));
        return byCase.values().stream().map(TeamInbox::inboxCase).toList();
    }

    private static InboxCase inboxCase(List<DelayAlert> alerts) {
        DelayAlert oldest = alerts.get(0);
        int warnings = (int) alerts.stream().filter(alert -> alert.stage().equals(WARNING)).count();
        return new InboxCase(oldest.caseId(), oldest.team(), oldest.riskGrade(), oldest.officer(), oldest.dueAt(),
                alerts.size() - warnings, warnings, List.copyOf(alerts), null);
    }
}
