package io.harmsway.query.inspection;

import java.util.List;

/**
 * Figures counted over the same rows ({@code source}, joined to {@code inspection_case c}, narrowed
 * by {@code where}), in one SQL statement; with {@code groupBy}, once per value of it (the key then
 * names the value: {@code rule.suspect-interview.breached}), always including {@code fixedGroups}.
 */
record FigureFamily(String group, String source, String where, String groupBy, List<String> fixedGroups,
                    List<Measure> measures) {

    static FigureFamily of(String group, String source, String where, List<Measure> measures) {
        return new FigureFamily(group, source, where, null, List.of(), measures);
    }

    static FigureFamily grouped(String group, String source, String where, String groupBy, List<String> fixedGroups,
                                List<Measure> measures) {
        return new FigureFamily(group, source, where, groupBy, fixedGroups, measures);
    }

    String key(String groupValue, Measure measure) {
        return groupBy == null ? group + "." + measure.name() : group + "." + groupValue + "." + measure.name();
    }
}
