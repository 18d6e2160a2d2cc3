-- The application's role (docs/database-roles.md). Migrations run as the owner, who owns every table
-- they create; the application connects as ${application_role}, which owns nothing and may do only
-- what is granted to it here, or in the migration that adds a table. No default privileges are set,
-- on purpose: PostgreSQL grants another role nothing on a new table, so a table a later migration
-- adds stays out of the application's reach until that migration states its policy with a grant of
-- its own (and DatabaseRolesIntegrationTest fails until the table is listed with that policy).

-- PostgreSQL 15 no longer lets every role create objects in schema public; older versions did.
revoke create on schema public from public;
grant usage on schema public to ${application_role};

-- History: read and append, nothing else. The trigger of V1 refuses UPDATE, DELETE and TRUNCATE
-- to anyone; without ownership the application cannot disable it, alter the table or drop it.
-- global_index is an identity column, which needs no privilege on its sequence.
grant select, insert on domain_event_entry to ${application_role};

-- Snapshots: read only. Nothing takes snapshots; when something does, Axon's JdbcEventStorageEngine
-- deletes a case's older snapshots as it stores a new one, so the migration that turns snapshots on
-- grants insert and delete here, knowingly: a snapshot decides what a case's aggregate believes.
grant select on snapshot_event_entry to ${application_role};

-- Rebuildable state, not history: everything in it follows from the events or is working state.
-- Tokens and dead letters (Axon), Quartz's job store, the SLA module's clocks, the read models
-- (emptied with truncate when rebuilt), sign-in tokens, and team access.
grant select, insert, update, delete, truncate on
    token_entry, dead_letter_entry,
    qrtz_job_details, qrtz_triggers, qrtz_simple_triggers, qrtz_cron_triggers, qrtz_simprop_triggers,
    qrtz_blob_triggers, qrtz_calendars, qrtz_paused_trigger_grps, qrtz_fired_triggers,
    qrtz_scheduler_state, qrtz_locks,
    sla_case, sla_clock,
    timeline_entry, case_summary, case_open_clock, alert_case, team_alert,
    api_token,
    case_team, clock_case
    to ${application_role};
