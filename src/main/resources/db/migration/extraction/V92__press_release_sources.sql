-- Where a press release was found: until now only its name said so (a file's name, or what was typed when it was
-- pasted). A release pulled from the feeds has one source per outlet that carried it: the same story syndicated by
-- several outlets is one press release with several sources. A link (and a feed item's guid, per outlet) is read once.
create table press_release_source (
    id               bigserial primary key,
    press_release_id bigint      not null references press_release on delete cascade,
    outlet           text        not null,
    link             text        not null unique,
    guid             text,
    fetched_at       timestamptz not null default now(),
    unique (outlet, guid)
);
create index press_release_source_release on press_release_source (press_release_id);
