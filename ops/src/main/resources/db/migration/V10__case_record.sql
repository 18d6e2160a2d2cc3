-- The case record (issue 3): corrections and recording lag in the timeline, late recording and
-- the current officer in the case list. Projections are rebuilt by resetting their processor,
-- so new columns need no back-fill.

-- Ties on occurred_at are broken by the event's place in the event store, not by the order in
-- which parallel projection segments happened to write rows.
alter table timeline_entry add column global_index bigint;
drop index timeline_entry_by_case;
create index timeline_entry_by_case on timeline_entry (case_id, occurred_at, global_index, entry_no);

-- A corrected entry keeps its own facts; the correction's id and the corrected values sit beside them.
alter table timeline_entry add column corrected_by     varchar(255);
alter table timeline_entry add column corrected_values jsonb;

-- How late each case's entries were recorded: the longest lag, and how many passed the threshold
-- (harmsway.cases.late-recording-threshold) in force when the entry was projected.
alter table case_summary add column late_entries          integer not null default 0;
alter table case_summary add column longest_recording_lag bigint  not null default 0;
alter table case_summary add column officer               varchar(100);
create index case_summary_by_longest_lag on case_summary (longest_recording_lag) where longest_recording_lag > 0;
