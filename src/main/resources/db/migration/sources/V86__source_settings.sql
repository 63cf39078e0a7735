-- A source's schedule and whether it runs by itself, as an administrator set them on the Sources page; a source with no
-- row here follows bilateral.sources.<id>.schedule in the application's properties.
create table source_setting (
    source_id  text        primary key,
    enabled    boolean     not null,
    schedule   text        not null,
    changed_at timestamptz not null,
    changed_by text        not null
);
