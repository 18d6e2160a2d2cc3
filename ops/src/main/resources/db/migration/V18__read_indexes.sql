-- Indexes for the reads bench/plans showed reading a whole growing table (docs/benchmarks.md,
-- "bench/plans: every read on an index"). Every other read of the API and the pages already has its
-- index; most joins from a team's cases to their rows (open clocks, alerts, inspection clocks) needed
-- a planner cost setting, not an index (random_page_cost in application.yml).

-- A team's inspection figures (a supervisor's are always one team's) over a period of referrals: the
-- team first, so that only the team's cases are read, not every team's of the period as
-- inspection_case_by_referral (referred_at, team) reads them.
create index inspection_case_by_team on inspection_case (team, referred_at);

-- The figures' corrections by reason: corrections are a few entries among millions, found by case
-- (the join to the period's cases) without reading every entry.
create index inspection_entry_corrections on inspection_entry (case_id) where event_type = 'EntryCorrected';
