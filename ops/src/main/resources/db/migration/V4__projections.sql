-- Read models: each is rebuilt from the event store by resetting the "projections" processor.

create table timeline_entry (
    entry_no    bigint generated always as identity,
    event_id    varchar(255) primary key,
    case_id     varchar(64)  not null,
    type        varchar(100) not null,
    title       text         not null,
    facts       jsonb        not null,
    occurred_at timestamptz  not null,
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null
);
create index timeline_entry_by_case on timeline_entry (case_id, occurred_at, entry_no);

create table case_summary (
    case_id     varchar(64)  primary key,
    team        varchar(100) not null,
    risk_grade  varchar(16)  not null,
    status      varchar(16)  not null,
    allegation  varchar(40)  not null,
    referred_at timestamptz  not null
);
create index case_summary_by_team on case_summary (team);

create table case_open_clock (
    clock_id   varchar(64)  primary key,
    case_id    varchar(64)  not null,
    rule_id    varchar(100) not null,
    subject_id varchar(64)  not null,
    due_at     timestamptz  not null,
    breached   boolean      not null default false
);
create index case_open_clock_by_case on case_open_clock (case_id);

create table team_alert (
    clock_id    varchar(64)  primary key,
    case_id     varchar(64)  not null,
    team        varchar(100) not null,
    risk_grade  varchar(16)  not null,
    rule_id     varchar(100) not null,
    rule_title  text         not null,
    subject_id  varchar(64)  not null,
    due_at      timestamptz  not null,
    raised_at   timestamptz  not null,
    resolved_at timestamptz
);
create index team_alert_open_by_team on team_alert (team, due_at) where resolved_at is null;
