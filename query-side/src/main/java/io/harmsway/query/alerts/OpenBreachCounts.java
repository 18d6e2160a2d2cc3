package io.harmsway.query.alerts;

import io.harmsway.query.ReadModels;
import io.harmsway.query.api.OpenBreaches;
import io.harmsway.query.api.OpenBreaches.Tally;
import io.harmsway.query.api.TeamOpenBreachesQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The team dashboard's open breaches, counted from {@code team_alert} as the supervisor's inbox
 * lists them: breached or escalated, not yet met or cancelled, acknowledged or not (an
 * acknowledged breach is still a child waiting), the officer being the one who holds the case now.
 */
@ProcessingGroup(ReadModels.ALERTS)
public class OpenBreachCounts {

    private static final String OPEN_BREACHES = "team = ? and resolved_at is null and stage in ('BREACHED', 'ESCALATED')";

    private final JdbcTemplate jdbc;

    public OpenBreachCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    OpenBreaches handle(TeamOpenBreachesQuery query) {
        List<Tally> byRule = jdbc.query("""
                select rule_id, min(rule_title) as title, count(*) as breaches from team_alert where %s
                group by rule_id order by breaches desc, rule_id""".formatted(OPEN_BREACHES),
                (rs, row) -> new Tally(rs.getString("rule_id"), rs.getString("title"), rs.getInt("breaches")),
                query.team());
        List<Tally> byOfficer = jdbc.query("""
                select officer, count(*) as breaches from team_alert where %s
                group by officer order by breaches desc, officer nulls last""".formatted(OPEN_BREACHES),
                (rs, row) -> new Tally(rs.getString("officer"), rs.getString("officer"), rs.getInt("breaches")),
                query.team());
        return new OpenBreaches(byRule, byOfficer);
    }
}
