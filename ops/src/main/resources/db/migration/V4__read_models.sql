-- Read models. Each family has a processing group and a token of its own (timeline, case-list,
-- alerts), takes every fact it needs from the events, and never reads another family's tables,
-- so each can fall behind, fail or be rebuilt alone (its @ResetHandler empties only its tables).

-- timeline: every entry of a case in the order the actions happened. Ties on occurred_at are
-- broken by the event's place in the event store, not by the order rows happened to be written.
-- A corrected entry keeps its own facts; the correction's id and the corrected values sit beside them.
create table timeline_entry (
    entry_no         bigint generated always as identity,
    event_id         varchar(255) primary key,
    case_id          varchar(64)  not null,
    type             varchar(100) not null,
    title            text         not null,
    facts            jsonb        not null,
    occurred_at      timestamptz  not null,
    recorded_at      timestamptz  not null,
    recorded_by      varchar(100) not null,
    global_index     bigint,
    corrected_by     varchar(255),
    corrected_values jsonb
);
create index timeline_entry_by_case on timeline_entry (case_id, occurred_at, global_index, entry_no);

-- case-list: each case's status, team, officer and risk; how late its entries were recorded (the
-- longest lag, and how many passed harmsway.cases.late-recording-threshold when projected); how
-- many of its clocks were ever breached (a clock met late still counts); its open clocks.
create table case_summary (
    case_id               varchar(64)  primary key,
    team                  varchar(100) not null,
    risk_grade            varchar(16)  not null,
    status                varchar(16)  not null,
    allegation            varchar(40)  not null,
    referred_at           timestamptz  not null,
    late_entries          integer      not null default 0,
    longest_recording_lag bigint       not null default 0,
    officer               varchar(100),
    clocks_ever_breached  integer      not null default 0
);
create index case_summary_by_team on case_summary (team);
create index case_summary_by_longest_lag on case_summary (longest_recording_lag) where longest_recording_lag > 0;

create table case_open_clock (
    clock_id   varchar(64)  primary key,
    case_id    varchar(64)  not null,
    rule_id    varchar(100) not null,
    subject_id varchar(64)  not null,
    due_at     timestamptz  not null,
    breached   boolean      not null default false
);
create index case_open_clock_by_case on case_open_clock (case_id);

-- alerts: the inboxes. Each alert follows its clock through its stages: a paused clock (with its
-- reason), a warning, the breach, each escalation, the acknowledgement and its plan. A faulted
-- clock (its row could not be read) still raises an alert, but its due date is unknown, so
-- due_at may be null. The inboxes keep the case facts they need in alert_case.
create table alert_case (
    case_id    varchar(64)  primary key,
    team       varchar(100) not null,
    officer    varchar(100),
    risk_grade varchar(16)  not null
);
-- The investigator's inbox finds open alerts through the officer who holds each case.
create index alert_case_by_officer on alert_case (officer);

create table team_alert (
    clock_id         varchar(64)  primary key,
    case_id          varchar(64)  not null,
    team             varchar(100) not null,
    risk_grade       varchar(16)  not null,
    rule_id          varchar(100) not null,
    rule_title       text         not null,
    subject_id       varchar(64)  not null,
    due_at           timestamptz,
    raised_at        timestamptz  not null,
    resolved_at      timestamptz,
    stage            varchar(16)  not null default 'BREACHED',
    notify_role      varchar(100),
    officer          varchar(100),
    warning_fraction double precision,
    escalation_level integer      not null default 0,
    escalated_to     varchar(100),
    escalated_at     timestamptz,
    acknowledged_by  varchar(100),
    acknowledged_at  timestamptz,
    acknowledgement  text,
    paused_since     timestamptz,
    pause_reason     text,
    paused_total_ms  bigint       not null default 0
);
create index team_alert_open_by_team on team_alert (team, due_at) where resolved_at is null;
-- A re-assessed risk or a transferred case moves all of the case's alerts.
create index team_alert_by_case on team_alert (case_id);
