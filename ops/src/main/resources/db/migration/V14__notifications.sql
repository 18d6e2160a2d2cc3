-- Notifications (docs/notifications.md): what each user chose, what the notifications processing
-- group knows of each case, and the outbox of deliveries that group writes with its token.

-- A user's own choice of channels: nothing is sent to a user with no row, or with no channel on.
create table notification_setting (
    username              varchar(100) primary key,
    email                 varchar(254),
    webhook_url           varchar(2000),
    -- Standard Webhooks secret, whsec_<base64 of the key>; set when the webhook is first set, rotated on request.
    webhook_secret        varchar(200),
    warning_digest        boolean      not null default false,
    quiet_from            time,
    quiet_until           time,
    -- Whether quiet hours also hold breaches and escalations of cases not at high risk (never a high-risk one).
    quiet_lower_risk_breaches boolean  not null default false,
    updated_at            timestamptz  not null
);

-- The case facts the notifications group needs (team, officer, risk grade), from the case's own events.
create table notification_case (
    case_id    varchar(255) primary key,
    team       varchar(100),
    officer    varchar(100),
    risk_grade varchar(32)
);

-- The outbox: one row per clock event, recipient and channel (the idempotency key), written in the
-- processing group's transaction; a delivery worker sends it, retrying with back-off until it dies.
-- status: PENDING (send at due_at), DIGEST (a warning held for the recipient's digest at due_at),
-- BATCHED (folded into the digest row digest_id), SENT, DEAD (gave up after the last attempt).
create table notification_delivery (
    id               bigint generated always as identity primary key,
    event_id         varchar(255) not null,
    recipient        varchar(100) not null,
    channel          varchar(16)  not null,
    kind             varchar(32)  not null,
    case_id          varchar(255),
    clock_id         varchar(255),
    address          varchar(2000) not null,
    -- What the message says: references and rule facts only, never the child's details or note text.
    content          jsonb        not null,
    status           varchar(16)  not null,
    due_at           timestamptz  not null,
    created_at       timestamptz  not null,
    attempts         integer      not null default 0,
    -- A worker that claimed the row owns it until then; one that died before recording frees it so.
    lease_until      timestamptz,
    last_attempt_at  timestamptz,
    last_error       text,
    sent_at          timestamptz,
    digest_id        bigint references notification_delivery (id),
    constraint notification_delivery_once unique (event_id, recipient, channel)
);
create index notification_delivery_due on notification_delivery (due_at) where status in ('PENDING', 'DIGEST');
create index notification_delivery_dead on notification_delivery (last_attempt_at) where status = 'DEAD';
create index notification_delivery_by_clock on notification_delivery (clock_id, kind);

grant select, insert, update, delete, truncate on notification_setting, notification_case, notification_delivery
    to ${application_role};
