-- The seals of the event store (see docs/audit.md and io.harmsway.audit). Every row of
-- domain_event_entry, in global index order, is a leaf: leaf_index 0, 1, 2... with the global index
-- of its event, its RFC 9162 leaf hash SHA-256(0x00 || canonical bytes) and the chain hash
-- SHA-256(previous chain hash || leaf hash). The application only inserts and selects here.

create table audit_seal (
    leaf_index   bigint primary key check (leaf_index >= 0),
    global_index bigint not null unique,
    leaf_hash    bytea  not null check (length(leaf_hash) = 32),
    chain_hash   bytea  not null check (length(chain_hash) = 32)
);

-- Signed tree heads: SEALED by the sealer (kept here, to locate a change), CHECKPOINT at an
-- interval or on demand (also exported outside the database). The signature (Ed25519) covers
-- tree_size, root_hash, chain_head, signed_at and key_id (io.harmsway.audit.api.Checkpoint);
-- last_global_index and frontier (the roots of the tree's perfect subtrees) let a sealer continue.
create table audit_tree_head (
    id                bigint generated always as identity primary key,
    kind              varchar(16)  not null check (kind in ('SEALED', 'CHECKPOINT')),
    tree_size         bigint       not null check (tree_size >= 0),
    root_hash         bytea        not null check (length(root_hash) = 32),
    chain_head        bytea        not null check (length(chain_head) = 32),
    signed_at         timestamptz  not null,
    key_id            varchar(64)  not null,
    signature         bytea        not null,
    last_global_index bigint       not null,
    frontier          bytea        not null
);

create index audit_tree_head_checkpoints on audit_tree_head (id) where kind = 'CHECKPOINT';
create index audit_tree_head_size on audit_tree_head (tree_size, id);

-- Seals are never rewritten, whoever asks (as the event store itself, V1).
create function refuse_seal_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'the audit seals are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_seal_append_only
    before update or delete on audit_seal
    for each row execute function refuse_seal_rewrite();

create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function refuse_seal_rewrite();

create trigger audit_tree_head_append_only
    before update or delete on audit_tree_head
    for each row execute function refuse_seal_rewrite();

create trigger audit_tree_head_no_truncate
    before truncate on audit_tree_head
    for each statement execute function refuse_seal_rewrite();
