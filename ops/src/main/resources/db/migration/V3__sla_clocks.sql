-- The SLA module's working state. Nothing here is history: the clock events in the event store
-- are. next_attention_at is the next moment a clock needs the sweep (null when it needs none); the
-- partial index keeps each sweep's cost to the clocks that are due.

-- What the clocks need to know of each case: its team, the officer holding it, the child's
-- current risk, and the facts rule conditions read.
create table sla_case (
    case_id    varchar(64)  primary key,
    team       varchar(100) not null,
    risk_grade varchar(16)  not null,
    facts      jsonb        not null default '{}'::jsonb,
    officer    varchar(100)
);

-- One row per clock: pauses, extensions, warnings, escalation and acknowledgement, the events
-- that started and stopped it (so a corrected time can be followed), and a fault the sweep met.
create table sla_clock (
    clock_id             uuid         primary key,
    case_id              varchar(64)  not null,
    rule_id              varchar(100) not null,
    rule_version         integer      not null,
    subject_id           varchar(64)  not null,
    started_at           timestamptz  not null,
    due_at               timestamptz  not null,
    state                varchar(16)  not null,
    stopped_at           timestamptz,
    breached_at          timestamptz,
    next_attention_at    timestamptz,
    risk_grade           varchar(16),
    started_by_event     varchar(255),
    stopped_by_event     varchar(255),
    extended_units       bigint       not null default 0,
    paused_total_ms      bigint       not null default 0,
    paused_at            timestamptz,
    pause_reason         text,
    warnings_raised      integer      not null default 0,
    escalations          integer      not null default 0,
    acknowledged_at      timestamptz,
    acknowledged_by      varchar(100),
    acknowledgement_note text,
    fault                text,
    faulted_at           timestamptz
);

create index sla_clock_attention on sla_clock (next_attention_at) where next_attention_at is not null;
create unique index sla_clock_one_open on sla_clock (case_id, rule_id, subject_id) where state = 'OPEN';
create index sla_clock_by_case on sla_clock (case_id);
create index sla_clock_started_by on sla_clock (started_by_event);
create index sla_clock_stopped_by on sla_clock (stopped_by_event) where stopped_by_event is not null;
create index sla_clock_faulted on sla_clock (faulted_at) where fault is not null;
