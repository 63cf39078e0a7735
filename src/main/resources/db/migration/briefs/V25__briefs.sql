-- Each brief as it was made (issue 15): its request, who made it and when, the versions of the record it was made from,
-- and the brief itself, whole, so that last round's brief reopens exactly as it was and the next shows what changed.
create table brief (
    id          bigserial   primary key,
    a           char(2)     not null,
    b           char(2)     not null,
    for_date    date        not null,
    since       date        not null,
    language    text        not null check (language in ('vi', 'en')),
    sections    text        not null,
    prepared_at timestamptz not null,
    prepared_by text        not null,
    inputs      jsonb       not null,
    brief       jsonb       not null
);
create index brief_pair on brief (a, b, for_date, id);
