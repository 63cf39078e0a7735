-- Every change to the record: who, when, what, and the state before and after, written in the change's own transaction
-- (a change that rolls back leaves no entry, and no entry is missing for one that stays). Entries are never changed:
-- the workbench has no door that edits them, and the database refuses an update or a delete of one.
create table audit_entry (
    id      bigserial   primary key,
    at      timestamptz not null default now(),
    actor   text        not null,
    action  text        not null,
    subject text        not null,
    before  jsonb,
    after   jsonb
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_actor on audit_entry (actor, at);

create function audit_entry_unchangeable() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are never changed or removed';
end $$;
create trigger audit_entry_unchangeable before update or delete on audit_entry
    for each row execute function audit_entry_unchangeable();
