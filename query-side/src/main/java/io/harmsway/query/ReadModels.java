package io.harmsway.query;

/**
 * The processing groups of the read models, one per family. Each has its own token, takes every
 * fact it needs from the events themselves (never from another family's tables), commits its rows
 * with its token, and keeps each case's events in order ({@link CaseOrder}). So each can fall
 * behind, fail or be rebuilt on its own: resetting a group's tokens runs its {@code @ResetHandler}s,
 * which clear only its own tables, and it replays the event store.
 */
public final class ReadModels {

    /** {@code timeline_entry}: each case's chronology. */
    public static final String TIMELINE = "timeline";

    /** {@code case_summary} and {@code case_open_clock}: the case list, with recording lag and open clocks. */
    public static final String CASE_LIST = "case-list";

    /** {@code team_alert} and {@code alert_case}: the team's alerts, its supervisor's inbox by case, the investigator's. */
    public static final String ALERTS = "alerts";

    /** {@code case_access_log}: every read of a case (who, when, what, from where, why), and the break-glass notices. */
    public static final String ACCESS_LOG = "access-log";

    /** {@code breach_history} and {@code breach_history_case}: each team's breaches, for its dashboard. */
    public static final String BREACH_HISTORY = "breach-history";

    /**
     * {@code inspection_case}, {@code inspection_entry}, {@code inspection_clock}, {@code inspection_pause},
     * {@code inspection_grading}: the inspection figures' facts per case, entry, clock, pause and grading.
     */
    public static final String INSPECTION = "inspection";

    /** Each read model's tables, which a rebuild builds anew and swaps in (see {@code query.rebuild}). */
    public static final java.util.Map<String, java.util.List<String>> TABLES = java.util.Map.of(
            TIMELINE, java.util.List.of("timeline_entry"),
            CASE_LIST, java.util.List.of("case_summary", "case_open_clock"),
            ALERTS, java.util.List.of("team_alert", "alert_case"),
            ACCESS_LOG, java.util.List.of("case_access_log"),
            BREACH_HISTORY, java.util.List.of("breach_history", "breach_history_case"),
            INSPECTION, java.util.List.of("inspection_case", "inspection_entry", "inspection_clock", "inspection_pause",
                    "inspection_grading"));

    /** The groups in the order a rebuild of all takes them. */
    public static final java.util.List<String> ALL = java.util.List.of(TIMELINE, CASE_LIST, ALERTS, ACCESS_LOG, BREACH_HISTORY,
            INSPECTION);

    private ReadModels() {
    }
}
