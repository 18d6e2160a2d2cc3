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

    private ReadModels() {
    }
}
