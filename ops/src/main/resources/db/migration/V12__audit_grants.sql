-- The application's grants on the tables of V9 (seals) and V10.1 (access log), which were written
-- alongside V11 (docs/database-roles.md): a new table gets nothing until a migration says so.

-- The seals and the signed tree heads (checkpoints among them): append-only, like the event store.
-- Their triggers (V9) refuse UPDATE, DELETE and TRUNCATE to anyone; without these privileges the
-- application's role is refused them before any trigger runs.
grant select, insert on audit_seal, audit_tree_head to ${application_role};

-- The access log's read model: rebuildable from the CaseRead events in the store (its reset
-- handler empties it with TRUNCATE). The reads themselves are history, kept as events.
grant select, insert, update, delete, truncate on case_access_log to ${application_role};
