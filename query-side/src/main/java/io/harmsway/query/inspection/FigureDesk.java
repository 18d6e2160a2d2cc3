package io.harmsway.query.inspection;

import io.harmsway.query.api.InspectionCase;
import io.harmsway.query.api.InspectionCases;
import io.harmsway.query.api.InspectionCasesQuery;
import io.harmsway.query.api.InspectionFigure;
import io.harmsway.query.api.InspectionFigures;
import io.harmsway.query.api.InspectionFiguresQuery;
import io.harmsway.query.api.ReasonCount;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.harmsway.jdbc.Sql.instant;

/**
 * Computes the figures: one SQL statement per {@link FigureFamily} (grouped where the family is),
 * counting and measuring with aggregate filters over the rows of the selected cases; and the cases
 * behind any one figure, by the same predicate.
 */
public class FigureDesk {

    /** Enough for the sorts and hashes of a year of 70,000 cases (docs/benchmarks.md#benchinspection-national). */
    private static final String REPORT_WORK_MEM = "64MB";

    private final JdbcTemplate jdbc;

    public FigureDesk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    InspectionFigures handle(InspectionFiguresQuery query) {
        // One connection for the whole report, with room to sort and hash in memory: a year of a
        // national force's entries (millions) spilled to disk under the default 4 MB; reset after.
        return jdbc.execute((ConnectionCallback<InspectionFigures>) connection -> {
            JdbcTemplate pinned = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            pinned.execute("set work_mem = '" + REPORT_WORK_MEM + "'");
            try {
                return figures(pinned, query);
            } finally {
                pinned.execute("reset work_mem");
            }
        });
    }

    private static InspectionFigures figures(JdbcTemplate jdbc, InspectionFiguresQuery query) {
        CaseSelection selection = new CaseSelection(query.filter());
        Long cases = jdbc.queryForObject(CaseSelection.AS_OF + "select count(*) from inspection_case c cross join asof"
                + " where " + CaseSelection.WHERE, Long.class, selection.arguments().toArray());
        List<InspectionFigure> figures = new ArrayList<>();
        for (FigureFamily family : FigureCatalogue.FAMILIES) {
            figures.addAll(family(jdbc, family, selection));
        }
        return new InspectionFigures(query.filter(), cases == null ? 0 : cases, figures, pauseReasons(jdbc, selection),
                correctionReasons(jdbc, selection), noFurtherActionReasons(jdbc, selection));
    }

    @QueryHandler
    InspectionCases handle(InspectionCasesQuery query) {
        var located = FigureCatalogue.locate(query.figure());
        if (located.isEmpty()) {
            return new InspectionCases(query.figure(), false, List.of());
        }
        FigureFamily family = located.get().family();
        CaseSelection selection = new CaseSelection(query.filter());
        String sql = CaseSelection.AS_OF + """
                select distinct c.case_id, c.team, c.allegation, c.risk_grade, c.referred_at, c.closed_at, c.grade
                from %s cross join asof where %s and (%s) and (%s)%s
                order by c.referred_at, c.case_id""".formatted(family.source(), CaseSelection.WHERE, family.where(),
                located.get().measure().predicate(), family.groupBy() == null ? "" : " and " + family.groupBy() + " = ?");
        Object[] arguments = (family.groupBy() == null ? selection.arguments()
                : selection.arguments(located.get().groupValue())).toArray();
        return new InspectionCases(query.figure(), true, jdbc.query(sql, FigureDesk::inspectionCase, arguments));
    }

    private static List<InspectionFigure> family(JdbcTemplate jdbc, FigureFamily family, CaseSelection selection) {
        List<Measure> measures = family.measures();
        String groupValue = family.groupBy() == null ? "''" : family.groupBy();
        String rows = " from " + family.source() + " cross join asof where " + CaseSelection.WHERE
                + " and (" + family.where() + ")";
        // Counted per case first, then over the cases: a count of distinct cases over millions of
        // entries sorted every case id once per figure (seconds each at national scale); counting
        // the per-case groups (hashed, tens of thousands) is one pass.
        StringBuilder perCase = new StringBuilder();
        StringBuilder overCases = new StringBuilder();
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            String when = " filter (where " + measure.predicate() + ")";
            perCase.append(", count(*)").append(when).append(" as n").append(i);
            overCases.append(", sum(n").append(i).append(") as n").append(i)
                    .append(", count(*) filter (where n").append(i).append(" > 0) as c").append(i);
            if (measure.seconds() != null) {
                String value = "(" + measure.seconds() + ")";
                times.append(", percentile_cont(0.5) within group (order by ").append(value).append(")").append(when)
                        .append(" as m").append(i)
                        .append(", percentile_cont(0.9) within group (order by ").append(value).append(")").append(when)
                        .append(" as p").append(i)
                        .append(", max").append(value).append(when).append(" as x").append(i);
            }
        }
        String counts = CaseSelection.AS_OF + "select g" + overCases + " from (select " + groupValue + " as g"
                + perCase + rows + " group by 1, c.case_id) per_case group by 1 order by 1";
        Map<String, Map<String, Double>> timesByGroup = new HashMap<>();
        if (!times.isEmpty()) {
            jdbc.query(CaseSelection.AS_OF + "select " + groupValue + " as g" + times + rows + " group by 1",
                    (ResultSet rs) -> {
                        Map<String, Double> values = new HashMap<>();
                        for (int i = 0; i < measures.size(); i++) {
                            if (measures.get(i).seconds() != null) {
                                for (String column : List.of("m" + i, "p" + i, "x" + i)) {
                                    values.put(column, hours(rs, column));
                                }
                            }
                        }
                        timesByGroup.put(rs.getString("g"), values);
                    }, selection.arguments().toArray());
        }
        Map<String, List<InspectionFigure>> byGroup = new TreeMap<>();
        jdbc.query(counts, (ResultSet rs) -> {
            String group = rs.getString("g");
            Map<String, Double> values = timesByGroup.getOrDefault(group, Map.of());
            List<InspectionFigure> row = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                Measure measure = measures.get(i);
                row.add(new InspectionFigure(family.key(group, measure), family.group(), measure.title(),
                        rs.getLong("n" + i), rs.getLong("c" + i), values.get("m" + i), values.get("p" + i),
                        values.get("x" + i)));
            }
            byGroup.put(group == null ? "none" : group, row);
        }, selection.arguments().toArray());
        Map<String, List<InspectionFigure>> ordered = new LinkedHashMap<>();
        for (String fixed : family.fixedGroups()) {
            ordered.put(fixed, byGroup.getOrDefault(fixed, zeros(family, fixed)));
        }
        byGroup.forEach(ordered::putIfAbsent);
        if (family.groupBy() == null && ordered.isEmpty()) {
            ordered.put("", zeros(family, ""));
        }
        return ordered.values().stream().flatMap(List::stream).toList();
    }

    private static List<InspectionFigure> zeros(FigureFamily family, String group) {
        return family.measures().stream()
                .map(measure -> new InspectionFigure(family.key(group, measure), family.group(), measure.title(), 0, 0,
                        null, null, null))
                .toList();
    }

    private static List<ReasonCount> pauseReasons(JdbcTemplate jdbc, CaseSelection selection) {
        return jdbc.query(CaseSelection.AS_OF + """
                select p.rule_id, p.reason, count(*) as n, count(distinct c.case_id) as cases,
                       sum(extract(epoch from coalesce(p.resumed_at, asof.now) - p.paused_at)) as seconds
                from inspection_pause p join inspection_case c on c.case_id = p.case_id cross join asof
                where %s group by p.rule_id, p.reason order by p.rule_id, n desc, p.reason""".formatted(CaseSelection.WHERE),
                (rs, row) -> new ReasonCount(rs.getString("rule_id"), rs.getString("reason"), rs.getLong("n"),
                        rs.getLong("cases"), hours(rs, "seconds")), selection.arguments().toArray());
    }

    private static List<ReasonCount> correctionReasons(JdbcTemplate jdbc, CaseSelection selection) {
        return jdbc.query(CaseSelection.AS_OF + """
                select e.correction_reason as reason, count(*) as n, count(distinct c.case_id) as cases
                from inspection_entry e join inspection_case c on c.case_id = e.case_id cross join asof
                where %s and e.event_type = 'EntryCorrected'
                group by e.correction_reason order by n desc, reason""".formatted(CaseSelection.WHERE),
                (rs, row) -> new ReasonCount(null, rs.getString("reason"), rs.getLong("n"), rs.getLong("cases"), null),
                selection.arguments().toArray());
    }

    private static List<ReasonCount> noFurtherActionReasons(JdbcTemplate jdbc, CaseSelection selection) {
        return jdbc.query(CaseSelection.AS_OF + """
                select coalesce(c.no_further_action_reason, 'no reason recorded') as reason, count(*) as n
                from inspection_case c cross join asof
                where %s and c.no_further_action
                group by 1 order by n desc, reason""".formatted(CaseSelection.WHERE),
                (rs, row) -> new ReasonCount(null, rs.getString("reason"), rs.getLong("n"), rs.getLong("n"), null),
                selection.arguments().toArray());
    }

    static Double hours(ResultSet rs, String column) throws SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(seconds / 36.0) / 100.0;
    }

    private static InspectionCase inspectionCase(ResultSet rs, int row) throws SQLException {
        return new InspectionCase(rs.getString("case_id"), rs.getString("team"), rs.getString("allegation"),
                rs.getString("risk_grade"), instant(rs, "referred_at"), instant(rs, "closed_at"), rs.getString("grade"));
    }
}
