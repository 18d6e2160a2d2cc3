-- inspection: the inspection figures' read model (docs/inspection.md), a processing group of its own
-- that takes every fact from the events (case events and clock events) and so rebuilds from the
-- store alone. One row per case, per officer's entry, per clock, per pause and per grading: the
-- figures are indexed aggregates over these rows for a period of referrals, never a scan of the store.

-- A case: who holds it now, what was alleged, and when its milestones happened (corrected times:
-- recomputed from inspection_entry when an entry's occurredAt is corrected), how it ended, its grade.
create table inspection_case (
    case_id                     varchar(255) primary key,
    team                        varchar(100) not null,
    allegation                  varchar(40)  not null,
    risk_grade                  varchar(16)  not null,
    physical_symptoms           boolean      not null,
    referred_at                 timestamptz  not null,
    first_strategy_at           timestamptz,
    strategy_discussions        int          not null default 0,
    strategy_without_health     int          not null default 0,
    first_risk_assessment_at    timestamptz,
    last_risk_assessment_at     timestamptz,
    last_fact_change_at         timestamptz,
    first_abe_at                timestamptz,
    first_account_at            timestamptz,
    first_medical_at            timestamptz,
    charged                     boolean      not null default false,
    no_further_action           boolean      not null default false,
    no_further_action_reason    text,
    child_safeguarded           boolean      not null default false,
    closed_at                   timestamptz,
    closure_outcome             text,
    grade                       varchar(16),
    graded_at                   timestamptz
);
create index inspection_case_by_referral on inspection_case (referred_at, team);

-- Each officer's entry: what, when it happened (corrected), when it was recorded, and for a
-- correction why. Clock events, reads and gradings are not entries.
create table inspection_entry (
    event_id          varchar(255) primary key,
    case_id           varchar(255) not null,
    event_type        varchar(100) not null,
    occurred_at       timestamptz  not null,
    recorded_at       timestamptz  not null,
    lag_seconds       bigint       not null,
    correction_reason text
);
create index inspection_entry_by_case on inspection_entry (case_id, event_type);

-- Each clock's life: started, due, met (and how late), cancelled, first breach, first warning,
-- first acknowledgement, highest escalation, pauses.
create table inspection_clock (
    clock_id                   varchar(255) primary key,
    case_id                    varchar(255) not null,
    rule_id                    varchar(100) not null,
    subject_id                 varchar(100) not null,
    agency                     varchar(32),
    started_at                 timestamptz  not null,
    due_at                     timestamptz  not null,
    ended_at                   timestamptz,
    met                        boolean      not null default false,
    late_by_seconds            bigint,
    breached_at                timestamptz,
    warned_at                  timestamptz,
    acknowledged_at            timestamptz,
    acknowledged_by            varchar(100),
    ack_within_working_day     boolean,
    escalation_level           int          not null default 0,
    escalated_to               varchar(100),
    pauses                     int          not null default 0,
    paused_seconds             bigint       not null default 0,
    paused_since               timestamptz
);
create index inspection_clock_by_case on inspection_clock (case_id, rule_id);
create index inspection_clock_by_rule on inspection_clock (rule_id, case_id);

create table inspection_pause (
    clock_id    varchar(255) not null,
    case_id     varchar(255) not null,
    rule_id     varchar(100) not null,
    paused_at   timestamptz  not null,
    resumed_at  timestamptz,
    reason      text         not null,
    primary key (clock_id, paused_at)
);
create index inspection_pause_by_case on inspection_pause (case_id);

-- Every grading of a case file by an auditor; the case's row holds the latest.
create table inspection_grading (
    event_id    varchar(255) primary key,
    case_id     varchar(255) not null,
    grade       varchar(16)  not null,
    framework   varchar(200) not null,
    reasons     text         not null,
    graded_by   varchar(100) not null,
    graded_at   timestamptz  not null
);
create index inspection_grading_by_case on inspection_grading (case_id, graded_at);

-- Rebuildable from the store: the reset handler empties them all with TRUNCATE.
grant select, insert, update, delete, truncate
    on inspection_case, inspection_entry, inspection_clock, inspection_pause, inspection_grading
    to ${application_role};

-- Rebuilding a read model beside the served copy (docs/inspection.md#rebuilding-read-models): the
-- rebuild creates copies of the model's tables here (like the served ones), fills them from the
-- store, copies them over the served rows in one transaction, and drops them. Nothing here is
-- history; the application may create and drop its own tables in this schema, and nowhere else.
create schema read_model_rebuild;
grant usage, create on schema read_model_rebuild to ${application_role};
