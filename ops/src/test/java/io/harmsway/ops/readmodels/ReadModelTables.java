package io.harmsway.ops.readmodels;

import io.harmsway.query.ReadModels;

import java.util.List;
import java.util.Map;

/** The tables each family of read models owns: what its reset clears and its rebuild fills again. */
final class ReadModelTables {

    static final Map<String, List<String>> BY_GROUP = Map.of(
            ReadModels.TIMELINE, List.of("timeline_entry"),
            ReadModels.CASE_LIST, List.of("case_summary", "case_open_clock"),
            ReadModels.ALERTS, List.of("team_alert", "alert_case"),
            ReadModels.BREACH_HISTORY, List.of("breach_history", "breach_history_case"));

    /** Each table's primary key, to list its rows in one order. */
    static final Map<String, String> KEYS = Map.of(
            "timeline_entry", "event_id",
            "case_summary", "case_id",
            "case_open_clock", "clock_id",
            "team_alert", "clock_id",
            "alert_case", "case_id",
            "breach_history", "clock_id",
            "breach_history_case", "case_id");

    private ReadModelTables() {
    }

    static List<String> all() {
        return BY_GROUP.values().stream().flatMap(List::stream).sorted().toList();
    }

    static List<String> ofOtherGroupsThan(String group) {
        return all().stream().filter(table -> !BY_GROUP.get(group).contains(table)).toList();
    }
}
