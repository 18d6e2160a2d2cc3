-- access-log: every read of a case, projected from the CaseRead events in the store (which are
-- appended like every other event, and so under the store's append-only rules). A read model of
-- its own processing group: its reset handler empties it and it is rebuilt from the store.
-- Reads that broke the glass (another team's case, with a stated reason) are the auditor's notices.
create table case_access_log (
    event_id      varchar(255) primary key,
    case_id       varchar(255) not null,
    reader        varchar(100) not null,
    reader_role   varchar(32)  not null,
    reader_team   varchar(100),
    case_team     varchar(100),
    what          text         not null,
    address       varchar(100),
    reason        text,
    broke_glass   boolean      not null,
    read_at       timestamptz  not null
);
create index case_access_log_by_case on case_access_log (case_id, read_at);
create index case_access_log_by_reader on case_access_log (reader, read_at);
create index case_access_log_notices on case_access_log (read_at) where broke_glass;
