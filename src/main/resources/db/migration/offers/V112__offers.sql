-- issue 33, what Vietnam can offer: named packages of tariff lines with the rate offered to US goods, phased by year.
-- Every change is written to the audit trail by the use case (offers.Offers), inside the change's transaction.

-- An offer. Its name is how an analyst tells packages apart side by side: unique, whatever its case.
create table offer (
    id              bigint generated always as identity primary key,
    name            text        not null check (btrim(name) <> '' and length(name) <= 200),
    note            text        check (length(note) <= 4000),
    schedule_on     date        not null,
    import_demand   numeric(4,2) not null check (import_demand between 0 and 10),
    substitution    numeric(4,2) not null check (substitution between 0 and 10),
    updated_by      text        not null,
    updated_at      timestamptz not null
);
create unique index offer_name on offer (lower(name));

-- A part: listed codes or a WTO scope, optionally only the lines at or below an MFN ceiling; in the order written.
create table offer_part (
    offer_id        bigint   not null references offer (id) on delete cascade,
    position        integer  not null check (position >= 0),
    scope           text     not null check (scope in ('codes', 'agricultural', 'industrial')),
    mfn_at_or_below numeric(5,2) check (mfn_at_or_below between 0 and 100),
    primary key (offer_id, position)
);

-- The codes a part lists (chapters to national lines), in the order written.
create table offer_part_code (
    offer_id  bigint  not null,
    part      integer not null,
    position  integer not null check (position >= 0),
    code      text    not null check (code ~ '^[0-9]{2}([0-9]{2}){0,3}$'),
    primary key (offer_id, part, position),
    foreign key (offer_id, part) references offer_part (offer_id, position) on delete cascade
);

-- The rate offered from a year on; year 0 is a phase from whatever statistics year the offer is priced against.
create table offer_phase (
    offer_id  bigint       not null,
    part      integer      not null,
    position  integer      not null check (position >= 0),
    year      integer      not null check (year = 0 or year between 1990 and 2100),
    rate      numeric(5,2) not null check (rate between 0 and 100),
    primary key (offer_id, part, position),
    foreign key (offer_id, part) references offer_part (offer_id, position) on delete cascade
);
