package io.harmsway.query.alerts;

import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code alert_case}: what the inboxes need to know of each case (its team, the officer who
 * holds it, the child's current risk), taken from the case's own events. The alerts read no other
 * read model's table, so they can be rebuilt, or fail, on their own.
 */
@ProcessingGroup(ReadModels.ALERTS)
public class AlertCases {

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;

    public AlertCases(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** The officer who records the referral holds the case until it is transferred. */
    @EventHandler
    void on(ReferralReceived event, @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        writes.update("""
                insert into alert_case (case_id, team, officer, risk_grade) values (?, ?, ?, ?)
                on conflict (case_id) do nothing""",
                event.caseId(), event.team(), actor, event.riskGrade().name());
    }

    @EventHandler
    void on(RiskAssessed event) {
        writes.update("update alert_case set risk_grade = ? where case_id = ?", event.riskGrade().name(), event.caseId());
    }

    @EventHandler
    void on(CaseTransferred event) {
        writes.update("update alert_case set team = ?, officer = ? where case_id = ?", event.toTeam(), event.toOfficer(),
                event.caseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate alert_case");
    }
}
