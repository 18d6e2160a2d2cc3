-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), in snake_case (see
-- DeadLetterConfiguration's schema): per processing group, the events it could not handle, each
-- case's in order (sequence_index), with the failure's cause. Times are ISO-8601 text, as Axon
-- writes them; payloads are the events' JSON bytes, as in domain_event_entry.
create table dead_letter_entry (
    dead_letter_id       varchar(255)  primary key,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    -- Also the index of every lookup: by group, by group and case.
    unique (processing_group, sequence_identifier, sequence_index)
);
