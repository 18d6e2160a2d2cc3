-- Users (area 13): who may sign in, with what role, in which team, holding which positions (the
-- addressees the rules name: "detective inspector", "detective chief inspector"...). Not history
-- and not rebuildable from the events: the application keeps it. A user is never deleted, only
-- disabled, so the names in the event store keep meaning somebody.
create table app_user (
    username      varchar(64)  primary key,
    -- Spring Security's encoded form with its algorithm named ({bcrypt}$2a$10$...); null for a user
    -- who signs in only through the identity provider.
    password_hash varchar(500),
    role          varchar(32)  not null,
    team          varchar(64),
    -- Lower case, single spaces: compared as the rules name them.
    positions     text[]       not null default '{}',
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);

create index app_user_team on app_user (team);

-- Every change to a user, by whom and when: appended, never changed (the application's role may
-- only insert and read it). Passwords never appear here, only that one was set.
create table user_change (
    change_id  bigint       generated always as identity primary key,
    changed_at timestamptz  not null,
    changed_by varchar(200) not null,
    username   varchar(64)  not null,
    change     text         not null
);

create index user_change_by_user on user_change (username, change_id);

grant select, insert, update on app_user to ${application_role};
grant select, insert on user_change to ${application_role};

-- A disabled user's tokens are all revoked at once: found by holder.
create index api_token_holder on api_token (username);
