package io.harmsway.query.inspection;

import io.harmsway.query.api.BreachesPerMonthChartQuery;
import io.harmsway.query.api.GradeCount;
import io.harmsway.query.api.GradingChartQuery;
import io.harmsway.query.api.InterviewDistribution;
import io.harmsway.query.api.InterviewDistribution.DayCount;
import io.harmsway.query.api.MonthlyBreaches;
import io.harmsway.query.api.TimeToInterviewChartQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.harmsway.query.inspection.ClockStates.breached;
import static io.harmsway.query.inspection.ClockStates.cancelled;

/** The data behind the inspection charts, from the same rows and predicates as the figures. */
public class ChartDesk {

    private static final List<String> RISK_GRADES = List.of("HIGH", "MEDIUM", "STANDARD");

    private final JdbcTemplate jdbc;

    public ChartDesk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<InterviewDistribution> handle(TimeToInterviewChartQuery query) {
        CaseSelection selection = new CaseSelection(query.filter());
        Map<String, List<DayCount>> interviewed = new LinkedHashMap<>();
        Map<String, List<DayCount>> waiting = new LinkedHashMap<>();
        jdbc.query(CaseSelection.AS_OF + """
                select c.risk_grade, k.met,
                       floor(extract(epoch from coalesce(k.ended_at, asof.now) - k.started_at) / 86400) as day,
                       count(*) as suspects
                from inspection_clock k join inspection_case c on c.case_id = k.case_id cross join asof
                where %s and k.rule_id = 'suspect-interview' and not %s
                group by 1, 2, 3 order by 1, 2, 3""".formatted(CaseSelection.WHERE, cancelled("k")), rs -> {
            Map<String, List<DayCount>> into = rs.getBoolean("met") ? interviewed : waiting;
            into.computeIfAbsent(rs.getString("risk_grade"), grade -> new ArrayList<>())
                    .add(new DayCount(rs.getInt("day"), rs.getLong("suspects")));
        }, selection.arguments().toArray());
        Map<String, Double> deadlines = new LinkedHashMap<>();
        jdbc.query(CaseSelection.AS_OF + """
                select c.risk_grade, percentile_cont(0.5) within group (order by
                       extract(epoch from k.due_at - k.started_at) - k.paused_seconds) / 86400 as days
                from inspection_clock k join inspection_case c on c.case_id = k.case_id cross join asof
                where %s and k.rule_id = 'suspect-interview' and not %s group by 1""".formatted(CaseSelection.WHERE,
                cancelled("k")), rs -> {
            deadlines.put(rs.getString("risk_grade"), Math.round(rs.getDouble("days") * 100) / 100.0);
        }, selection.arguments().toArray());
        return RISK_GRADES.stream().map(grade -> new InterviewDistribution(grade, deadlines.get(grade),
                interviewed.getOrDefault(grade, List.of()), waiting.getOrDefault(grade, List.of()))).toList();
    }

    @QueryHandler
    List<MonthlyBreaches> handle(BreachesPerMonthChartQuery query) {
        CaseSelection selection = new CaseSelection(query.filter());
        return jdbc.query(CaseSelection.AS_OF + """
                select to_char(k.due_at at time zone 'Europe/London', 'YYYY-MM') as month, k.rule_id,
                       count(*) as breaches, count(distinct c.case_id) as cases
                from inspection_clock k join inspection_case c on c.case_id = k.case_id cross join asof
                where %s and %s group by 1, 2 order by 1, 2""".formatted(CaseSelection.WHERE, breached("k")),
                (rs, row) -> new MonthlyBreaches(rs.getString("month"), rs.getString("rule_id"), rs.getLong("breaches"),
                        rs.getLong("cases")), selection.arguments().toArray());
    }

    @QueryHandler
    List<GradeCount> handle(GradingChartQuery query) {
        CaseSelection selection = new CaseSelection(query.filter());
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of("GOOD", "ADEQUATE", "INADEQUATE").forEach(grade -> counts.put(grade, 0L));
        jdbc.query(CaseSelection.AS_OF + """
                select c.grade, count(*) as cases from inspection_case c cross join asof
                where %s and c.grade is not null group by 1""".formatted(CaseSelection.WHERE),
                rs -> {
                    counts.put(rs.getString("grade"), rs.getLong("cases"));
                }, selection.arguments().toArray());
        return counts.entrySet().stream().map(entry -> new GradeCount(entry.getKey(), entry.getValue())).toList();
    }
}
