package io.harmsway.query.inspection;

import io.harmsway.query.api.InspectionFilter;

import java.util.ArrayList;
import java.util.List;

import static io.harmsway.jdbc.Sql.ts;

/**
 * The filter as SQL over {@code inspection_case c} (referred in the period, team, allegation, risk,
 * grade), and the moment open clocks are judged at as {@code asof.now}, with their arguments in order.
 */
record CaseSelection(InspectionFilter filter) {

    static final String AS_OF = "with asof as (select cast(? as timestamptz) as now) ";

    static final String WHERE = """
            c.referred_at >= ? and c.referred_at < ?
              and (cast(? as varchar) is null or c.team = ?)
              and (cast(? as varchar) is null or c.allegation = ?)
              and (cast(? as varchar) is null or c.risk_grade = ?)
              and (cast(? as varchar) is null or c.grade = ?)""";

    /** The arguments of {@link #AS_OF} and then {@link #WHERE}, followed by any of the caller's. */
    List<Object> arguments(Object... more) {
        String allegation = filter.allegation() == null ? null : filter.allegation().name();
        String risk = filter.risk() == null ? null : filter.risk().name();
        String grade = filter.grade() == null ? null : filter.grade().name();
        List<Object> arguments = new ArrayList<>(List.of(ts(filter.asOf()), ts(filter.from()), ts(filter.to())));
        arguments.addAll(java.util.Arrays.asList(filter.team(), filter.team(), allegation, allegation, risk, risk,
                grade, grade));
        arguments.addAll(List.of(more));
        return arguments;
    }
}
