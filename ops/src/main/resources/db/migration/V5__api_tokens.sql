-- Bearer tokens for programs (sign-in, area 30). Only a SHA-256 hash of each token is kept, so
-- whoever reads this table cannot use what it holds; every node finds the same tokens here.
-- Rows of expired tokens are deleted when new tokens are issued: this is not the event store.
create table api_token (
    token_hash bytea        primary key,
    username   varchar(200) not null,
    issued_at  timestamptz  not null,
    expires_at timestamptz  not null,
    issued_to  varchar(64)  not null
);

create index api_token_expiry on api_token (expires_at);
