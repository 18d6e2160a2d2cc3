-- The auditor's replay reads every stored event about one case: the case's own (stored under its
-- id) and its clocks' (stored by Axon under their own event id, with no aggregate), so rows are
-- found by the caseId their payload names. The key is computed by PostgreSQL from the stored bytes:
-- no second table to keep in step, nothing that can lag behind the store or disagree with it.
--
-- event_case_key: the bytes between the first "caseId":" of the JSON payload and the next quote
-- (at most 200). Every event about a case names caseId before any nested object (the case events
-- first, clock events after their clockId), and a "caseId":" inside a text value is escaped, so the
-- first one is the event's own. Bytes, not jsonb: jsonb refuses a payload holding an escaped NUL,
-- and an index that failed would refuse the append. An id the JSON escapes is cut at its first
-- quote; the reader (io.harmsway.query.replay.CaseEventLog) checks each event it reads.
create function event_case_key(payload bytea) returns bytea
    language sql immutable strict parallel safe as $$
    select case when k.at = 0 then null
                else substring(payload from k.at + 10 for least(200, coalesce(nullif(
                        position('\x22'::bytea in substring(payload from k.at + 10)), 0), 201) - 1))
           end
    from (select position('\x22636173654964223a22'::bytea in payload) as at) k
$$;

-- Reads of a case (CaseRead, the access log's events) are no part of its record: left out, so a
-- case read ten thousand times replays as fast as one never read. Queries repeat the predicate.
create index domain_event_entry_by_case_key on domain_event_entry (event_case_key(payload), global_index)
    where payload_type <> 'io.harmsway.cases.api.CaseRead';
