-- Press releases as read, and what the reader proposed from each. A proposal enters the register only when a
-- person accepts it (record_id then points at the person, organisation, engagement, deal or issue it became).
create table press_release (
    id          bigserial primary key,
    name        text        not null,
    checksum    text        not null unique,
    text        text        not null,
    published   date,
    dateline    text,
    ingested_at timestamptz not null default now(),
    ingested_by text        not null
);

create table proposal (
    id               bigserial primary key,
    press_release_id bigint      not null references press_release on delete cascade,
    subject          text        not null check (subject in ('event', 'person', 'organisation', 'commitment', 'issue')),
    position         integer     not null,
    payload          jsonb       not null,
    evidence_start   integer     not null,
    evidence_end     integer     not null,
    status           text        not null default 'proposed' check (status in ('proposed', 'accepted', 'rejected')),
    record_id        bigint,
    decided_by       text,
    decided_at       timestamptz,
    unique (press_release_id, subject, position)
);
create index proposal_status on proposal (status);
