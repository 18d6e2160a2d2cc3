-- The investigator's inbox finds open alerts through the officer who holds each case.
create index case_summary_by_officer on case_summary (officer);
