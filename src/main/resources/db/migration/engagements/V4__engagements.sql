-- The register of the relationship: organisations, people (with their names and the titles they held), and the
-- engagements between them, each with the documents it was read from.
create table organisation (
    id         bigserial primary key,
    name       text        not null,
    acronym    text,
    country    char(2),
    kind       text        not null default 'other'
               check (kind in ('ministry', 'legislature', 'company', 'association', 'party', 'agency', 'other')),
    created_at timestamptz not null default now()
);

-- Every spelling an organisation has been reported under; key is the spelling without case, accents or punctuation.
create table organisation_name (
    organisation_id bigint not null references organisation on delete cascade,
    name            text   not null,
    key             text   not null,
    primary key (organisation_id, name)
);
create index organisation_name_key on organisation_name (key);

create table person (
    id              bigserial primary key,
    name            text        not null,
    country         char(2),
    organisation_id bigint references organisation on delete set null,
    created_at      timestamptz not null default now()
);

create table person_name (
    person_id bigint not null references person on delete cascade,
    name      text   not null,
    key       text   not null,
    primary key (person_id, name)
);
create index person_name_key on person_name (key);

-- Titles as reports gave them, dated by the report: "Acting Minister" in February, "Minister" in May.
create table person_title (
    id          bigserial primary key,
    person_id   bigint not null references person on delete cascade,
    title       text   not null,
    first_seen  date,
    last_seen   date,
    unique (person_id, title)
);

create table engagement (
    id           bigserial primary key,
    kind         text    not null
                 check (kind in ('meeting', 'call', 'visit', 'business_forum', 'signing', 'negotiation_round', 'other')),
    -- as reported: 2026-02-02, or XXXX-05-22 when the report gives no year
    happened     text,
    ended        text,
    day          date,   -- the calendar day when the year is known, for the timeline's order
    place        text,
    round        integer,
    sidelines_of bigint references engagement on delete set null,
    created_at   timestamptz not null default now()
);
create index engagement_day on engagement (day);

create table engagement_participant (
    engagement_id   bigint not null references engagement on delete cascade,
    person_id       bigint references person on delete cascade,
    organisation_id bigint references organisation on delete cascade,
    check ((person_id is null) <> (organisation_id is null))
);
create unique index engagement_person on engagement_participant (engagement_id, person_id) where person_id is not null;
create unique index engagement_organisation on engagement_participant (engagement_id, organisation_id) where organisation_id is not null;

create table engagement_topic (
    engagement_id bigint not null references engagement on delete cascade,
    topic         text   not null,
    primary key (engagement_id, topic)
);

-- Where an engagement was read: the press release (by id in the extraction tables) and the sentence(s).
create table engagement_source (
    engagement_id    bigint not null references engagement on delete cascade,
    press_release_id bigint not null,
    source           text   not null,
    evidence         text   not null,
    primary key (engagement_id, press_release_id)
);

-- Merges the register is unsure of wait here for a person to confirm or reject them.
create table merge_proposal (
    id          bigserial primary key,
    subject     text        not null check (subject in ('person', 'organisation', 'engagement', 'deal')),
    kept_id     bigint      not null,
    merged_id   bigint      not null,
    reason      text        not null,
    status      text        not null default 'proposed' check (status in ('proposed', 'confirmed', 'rejected')),
    proposed_at timestamptz not null default now(),
    decided_by  text,
    decided_at  timestamptz,
    unique (subject, kept_id, merged_id)
);
