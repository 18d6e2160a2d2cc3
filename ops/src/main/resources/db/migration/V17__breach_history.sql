-- breach-history: every police breach a team has had, for the team dashboard's breaches per week
-- and time from breach to acknowledgement. A read model of its own processing group, because the
-- open alerts (team_alert) follow a transferred case to its new team while a breach's history stays
-- with the team and officer who held the case when the deadline passed. Its reset handler empties
-- both tables and the group rebuilds them from the store. breach_history_case holds the case facts
-- a breach stored before breaches named their team and officer is completed with.
create table breach_history_case (
    case_id varchar(64)  primary key,
    team    varchar(100) not null,
    officer varchar(100)
);

create table breach_history (
    clock_id        varchar(64)  primary key,
    case_id         varchar(64)  not null,
    team            varchar(100) not null,
    officer         varchar(100),
    rule_id         varchar(100) not null,
    rule_title      text         not null,
    breached_at     timestamptz  not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(100),
    resolved_at     timestamptz
);
create index breach_history_by_team on breach_history (team, breached_at);

grant select, insert, update, delete, truncate on breach_history_case, breach_history to ${application_role};
