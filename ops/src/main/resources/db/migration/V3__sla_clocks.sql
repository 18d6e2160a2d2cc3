-- The SLA module's working state. next_attention_at is the next moment a clock needs the sweep
-- (null when it needs none); the partial index keeps each sweep's cost to the clocks that are due.

create table sla_case (
    case_id    varchar(64)  primary key,
    team       varchar(100) not null,
    risk_grade varchar(16)  not null
);

create table sla_clock (
    clock_id          uuid         primary key,
    case_id           varchar(64)  not null,
    rule_id           varchar(100) not null,
    rule_version      integer      not null,
    subject_id        varchar(64)  not null,
    started_at        timestamptz  not null,
    due_at            timestamptz  not null,
    state             varchar(16)  not null,
    stopped_at        timestamptz,
    breached_at       timestamptz,
    next_attention_at timestamptz
);

create index sla_clock_attention on sla_clock (next_attention_at) where next_attention_at is not null;
create unique index sla_clock_one_open on sla_clock (case_id, rule_id, subject_id) where state = 'OPEN';
