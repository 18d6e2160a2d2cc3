package io.harmsway.ops.roles;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * What the application's role may do to each table of the schema, as the migrations grant it (see
 * docs/database-roles.md). Every table is listed: {@link DatabaseRolesIntegrationTest} fails for a
 * table that is not, so whoever adds one decides, and grants, what the application may do to it.
 */
enum TablePolicy {

    /** Read and append, never change: the event store, its seals and signed tree heads. */
    HISTORY(Privilege.SELECT, Privilege.INSERT),
    /** Read only: nothing in the application writes it. */
    READ_ONLY(Privilege.SELECT),
    /** Working state that follows from the events, or may be thrown away: anything but altering the table. */
    REBUILDABLE(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE, Privilege.DELETE, Privilege.TRUNCATE),
    /** Kept by the application and not rebuildable, but never deleted: users are disabled, not removed. */
    KEPT(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE),
    /** The owner's alone: the application does not touch it. */
    OWNER_ONLY;

    enum Privilege { SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER }

    static final Map<String, TablePolicy> OF_EACH_TABLE = Map.ofEntries(
            entry("domain_event_entry", HISTORY),
            entry("snapshot_event_entry", READ_ONLY),
            entry("flyway_schema_history", OWNER_ONLY),
            entry("token_entry", REBUILDABLE),
            entry("dead_letter_entry", REBUILDABLE),
            entry("qrtz_job_details", REBUILDABLE),
            entry("qrtz_triggers", REBUILDABLE),
            entry("qrtz_simple_triggers", REBUILDABLE),
            entry("qrtz_cron_triggers", REBUILDABLE),
            entry("qrtz_simprop_triggers", REBUILDABLE),
            entry("qrtz_blob_triggers", REBUILDABLE),
            entry("qrtz_calendars", REBUILDABLE),
            entry("qrtz_paused_trigger_grps", REBUILDABLE),
            entry("qrtz_fired_triggers", REBUILDABLE),
            entry("qrtz_scheduler_state", REBUILDABLE),
            entry("qrtz_locks", REBUILDABLE),
            entry("sla_case", REBUILDABLE),
            entry("sla_clock", REBUILDABLE),
            entry("timeline_entry", REBUILDABLE),
            entry("case_summary", REBUILDABLE),
            entry("case_open_clock", REBUILDABLE),
            entry("alert_case", REBUILDABLE),
            entry("team_alert", REBUILDABLE),
            entry("api_token", REBUILDABLE),
            entry("case_team", REBUILDABLE),
            entry("audit_seal", HISTORY),
            entry("audit_tree_head", HISTORY),
            entry("case_access_log", REBUILDABLE),
            entry("app_user", KEPT),
            entry("user_change", HISTORY),
            entry("notification_setting", REBUILDABLE),
            entry("notification_case", REBUILDABLE),
            entry("notification_delivery", REBUILDABLE),
            entry("breach_history", REBUILDABLE),
            entry("breach_history_case", REBUILDABLE),
            entry("inspection_case", REBUILDABLE),
            entry("inspection_entry", REBUILDABLE),
            entry("inspection_clock", REBUILDABLE),
            entry("inspection_pause", REBUILDABLE),
            entry("inspection_grading", REBUILDABLE));

    private final Set<String> privileges;

    TablePolicy(Privilege... privileges) {
        this.privileges = Arrays.stream(privileges).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> privileges() {
        return privileges;
    }
}
