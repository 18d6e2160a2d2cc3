-- The alert inbox follows a clock through its stages: a paused clock (with its reason), a warning,
-- the breach, each escalation, the acknowledgement and its plan.

alter table team_alert
    add column stage            varchar(16)  not null default 'BREACHED',
    add column notify_role      varchar(100),
    add column officer          varchar(100),
    add column warning_fraction double precision,
    add column escalation_level integer      not null default 0,
    add column escalated_to     varchar(100),
    add column escalated_at     timestamptz,
    add column acknowledged_by  varchar(100),
    add column acknowledged_at  timestamptz,
    add column acknowledgement  text,
    add column paused_since     timestamptz,
    add column pause_reason     text,
    add column paused_total_ms  bigint       not null default 0;
