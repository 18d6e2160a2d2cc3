-- The rule engine's clock state: pauses, extensions, warnings, escalation and acknowledgement,
-- the events that started and stopped each clock (so a corrected time can be followed), and
-- faults the sweep met. Nothing here is history: the clock events in the event store are.

alter table sla_case
    add column facts   jsonb        not null default '{}'::jsonb,
    add column officer varchar(100);

alter table sla_clock
    add column risk_grade           varchar(16),
    add column started_by_event     varchar(255),
    add column stopped_by_event     varchar(255),
    add column extended_units       bigint       not null default 0,
    add column paused_total_ms      bigint       not null default 0,
    add column paused_at            timestamptz,
    add column pause_reason         text,
    add column warnings_raised      integer      not null default 0,
    add column escalations          integer      not null default 0,
    add column acknowledged_at      timestamptz,
    add column acknowledged_by      varchar(100),
    add column acknowledgement_note text,
    add column fault                text,
    add column faulted_at           timestamptz;

create index sla_clock_by_case on sla_clock (case_id);
create index sla_clock_started_by on sla_clock (started_by_event);
create index sla_clock_stopped_by on sla_clock (stopped_by_event) where stopped_by_event is not null;
create index sla_clock_faulted on sla_clock (faulted_at) where fault is not null;
