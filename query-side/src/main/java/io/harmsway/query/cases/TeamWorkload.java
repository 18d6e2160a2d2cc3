package io.harmsway.query.cases;

import io.harmsway.query.ReadModels;
import io.harmsway.query.api.OfficerWorkload;
import io.harmsway.query.api.TeamWorkloadQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * What each officer of a team carries, from the case list: open cases, their running clocks, and
 * the overdue ones among them (breached and still running). Overdue is the breach the sweep
 * raised, not a due date compared with now, so a clock paused past its old due date is not overdue.
 */
@ProcessingGroup(ReadModels.CASE_LIST)
public class TeamWorkload {

    private final JdbcTemplate jdbc;

    public TeamWorkload(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<OfficerWorkload> handle(TeamWorkloadQuery query) {
        return jdbc.query("""
                select s.officer, count(distinct s.case_id) as cases, count(c.clock_id) as clocks,
                       count(c.clock_id) filter (where c.breached) as overdue
                from case_summary s left join case_open_clock c on c.case_id = s.case_id
                where s.team = ? and s.status = 'OPEN'
                group by s.officer order by overdue desc, cases desc, s.officer nulls last""",
                (rs, row) -> new OfficerWorkload(rs.getString("officer"), rs.getInt("cases"), rs.getInt("clocks"),
                        rs.getInt("overdue")),
                query.team());
    }
}
