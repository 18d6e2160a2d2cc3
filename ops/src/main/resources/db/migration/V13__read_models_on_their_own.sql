-- Each family of read models has a processing group and a token of its own (timeline, case-list,
-- alerts), so each can fall behind, fail or be rebuilt alone. The inboxes keep the case facts
-- they need (team, officer holding the case, current risk) from the events, in a table of their
-- own, instead of reading the case list's.

create table alert_case (
    case_id    varchar(64)  primary key,
    team       varchar(100) not null,
    officer    varchar(100),
    risk_grade varchar(16)  not null
);
-- The investigator's inbox finds open alerts through the officer who holds each case.
create index alert_case_by_officer on alert_case (officer);

-- The case list is no longer searched by officer (V12 served the inbox).
drop index case_summary_by_officer;

-- The one "projections" processor filled every read model until now. Its successors start from
-- the beginning of the store, so they rebuild what it wrote; its token has no reader left.
delete from token_entry where processor_name = 'projections';
truncate timeline_entry, case_summary, case_open_clock, team_alert;
