-- What team access is judged by (io.harmsway.ops.access): the team holding each case now, and the
-- case each SLA clock belongs to. Written by a subscribing processor in the same transaction as the
-- referral, transfer or clock start that changes them, so a case just opened or transferred is its
-- new team's as soon as the request that did it has answered. Filled from the recorded history by
-- the Java migration 7.1 (CaseTeamsFromHistory).
create table case_team (
    case_id varchar(255) primary key,
    team    varchar(255) not null
);

create table clock_case (
    clock_id varchar(255) primary key,
    case_id  varchar(255) not null
);
