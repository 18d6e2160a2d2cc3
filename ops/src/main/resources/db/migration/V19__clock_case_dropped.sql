-- A clock's case for the access check is read from the clock's own row (sla_clock, committed with
-- the clock's start), through the SLA module's CaseOfClockQuery. clock_case copied it: one more
-- row, savepoint and release inside the clock keeper's transaction for every clock started, half
-- of that processor's round trips (docs/benchmarks.md, the clock keeper). Rebuildable state, not
-- history: nothing is lost with it.
drop table clock_case;
