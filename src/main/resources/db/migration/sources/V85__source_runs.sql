-- Every run of a source's pull, by the schedule, a command or a person, succeeded, failed or skipped: what the Sources
-- page shows as its last success, last failure and recent runs. A run is written in transactions of its own, so that a
-- pull whose import rolls back still leaves the record of its failure.
create table source_run (
    id                bigserial   primary key,
    source_id         text        not null,
    actor             text        not null,
    started_at        timestamptz not null,
    finished_at       timestamptz,
    -- running until it ends; skipped when it could not start (no key, switched off)
    outcome           text        not null check (outcome in ('running', 'succeeded', 'failed', 'skipped')),
    asked             integer     not null default 0 check (asked >= 0),
    stored            integer     not null default 0 check (stored >= 0),
    unchanged         integer     not null default 0 check (unchanged >= 0),
    -- the report's lines and the failure, each a message key with its arguments (in no language yet), as JSON
    lines             jsonb       not null default '[]',
    failure           jsonb,
    -- the address that failed, its keys hidden
    failed_address    text,
    check ((outcome = 'running') = (finished_at is null))
);
-- one run of a source at a time, across every process on the database (serve and a command alike)
create unique index source_run_one_running on source_run (source_id) where outcome = 'running';
create index source_run_by_source on source_run (source_id, started_at desc);
