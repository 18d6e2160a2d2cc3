package io.harmsway.query.inspection;

import io.harmsway.query.api.WhatWorks;
import io.harmsway.query.api.WhatWorksQuery;
import io.harmsway.query.api.WhatWorksRow;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;

import static io.harmsway.query.inspection.ClockStates.breached;

/**
 * "What works": for closed cases, per rule (and per team, per allegation), the outcomes of the cases
 * whose clock of that rule was never breached beside those whose was, and how late. Plain counts and
 * shares, and no share where fewer cases than {@code minimumCases} lie behind it (docs/inspection.md).
 */
public class WhatWorksDesk {

    private static final String LATENESS = "case when k.met then k.late_by_seconds"
            + " else extract(epoch from coalesce(k.ended_at, asof.now) - k.due_at) end";

    private final JdbcTemplate jdbc;
    private final int minimumCases;

    public WhatWorksDesk(JdbcTemplate jdbc, int minimumCases) {
        this.jdbc = jdbc;
        this.minimumCases = minimumCases;
    }

    @QueryHandler
    WhatWorks handle(WhatWorksQuery query) {
        CaseSelection selection = new CaseSelection(query.filter());
        Long closed = jdbc.queryForObject(CaseSelection.AS_OF + "select count(*) from inspection_case c cross join asof"
                + " where " + CaseSelection.WHERE + " and c.closed_at is not null", Long.class,
                selection.arguments().toArray());
        String sql = CaseSelection.AS_OF + """
                , per_case as (
                    select c.case_id, c.team, c.allegation, k.rule_id, c.charged, c.no_further_action, c.child_safeguarded,
                           bool_or(%1$s) as breached, max(case when %1$s then %2$s end) as late_seconds
                    from inspection_clock k join inspection_case c on c.case_id = k.case_id cross join asof
                    where %3$s and c.closed_at is not null
                    group by c.case_id, c.team, c.allegation, k.rule_id, c.charged, c.no_further_action,
                             c.child_safeguarded)
                select rule_id, case when grouping(team) = 1 then null else team end as team,
                       case when grouping(allegation) = 1 then null else allegation end as allegation,
                       case when breached then 'BREACHED' else 'ON_TIME' end as delay,
                       count(*) as cases, count(*) filter (where charged) as charged,
                       count(*) filter (where no_further_action) as nfa,
                       count(*) filter (where child_safeguarded) as safeguarded,
                       percentile_cont(0.5) within group (order by late_seconds) as late
                from per_case
                group by grouping sets ((rule_id, breached), (rule_id, team, breached), (rule_id, allegation, breached))
                order by rule_id, team nulls first, allegation nulls first, delay desc""".formatted(
                breached("k"), LATENESS, CaseSelection.WHERE);
        return new WhatWorks(query.filter(), minimumCases, closed == null ? 0 : closed,
                jdbc.query(sql, this::row, selection.arguments().toArray()));
    }

    private WhatWorksRow row(ResultSet rs, int row) throws SQLException {
        long cases = rs.getLong("cases");
        boolean enough = cases >= minimumCases;
        return new WhatWorksRow(rs.getString("rule_id"), rs.getString("team"), rs.getString("allegation"),
                rs.getString("delay"), cases, rs.getLong("charged"), rs.getLong("nfa"), rs.getLong("safeguarded"),
                enough ? share(rs.getLong("charged"), cases) : null, enough ? share(rs.getLong("nfa"), cases) : null,
                enough ? share(rs.getLong("safeguarded"), cases) : null, enough ? FigureDesk.hours(rs, "late") : null,
                enough ? null : "too few cases to say: " + cases + " of the " + minimumCases + " needed");
    }

    private static Double share(long part, long whole) {
        return Math.round(1000.0 * part / whole) / 1000.0;
    }
}
