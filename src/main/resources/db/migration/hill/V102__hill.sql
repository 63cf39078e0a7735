-- issue 32, the Hill: the members of Congress, their committees and seats, loaded from the congress/ reference files
-- (unitedstates/congress-legislators), and the links between the register's persons and the members.

-- A member. A member a newer snapshot no longer lists is kept as former (sitting = false, left_on the day the load
-- found them gone), never deleted: past engagements still name them and their links to the register's persons hold.
create table legislator (
    bioguide_id       text    primary key check (bioguide_id ~ '^[A-Z][0-9]{6}$'),
    full_name         text    not null check (full_name <> ''),
    first_name        text    not null check (first_name <> ''),
    middle_name       text,
    last_name         text    not null check (last_name <> ''),
    suffix            text,
    nickname          text,
    last_name_ascii   text    not null,
    chamber           text    not null check (chamber in ('senate', 'house')),
    state             text    not null check (state ~ '^[A-Z]{2}$'),
    district          integer check (district >= 0),
    senate_class      integer check (senate_class between 1 and 3),
    state_rank        text    check (state_rank in ('senior', 'junior')),
    voting            boolean not null,
    party             text    not null check (party <> ''),
    caucus            text,
    term_start        date    not null,
    term_end          date    not null check (term_end > term_start),
    first_in_chamber  date    not null,
    url               text,
    sitting           boolean not null default true,
    left_on           date,
    check (sitting = (left_on is null))
);
create index legislator_state on legislator (state) where sitting;

-- A committee (parent_id null) or subcommittee (parent_id its committee), by its THOMAS id.
create table committee (
    committee_id  text primary key check (committee_id ~ '^[A-Z]{4}[0-9]{0,2}$'),
    name          text not null check (name <> ''),
    parent_id     text references committee (committee_id),
    chamber       text not null check (chamber in ('senate', 'house', 'joint')),
    url           text,
    jurisdiction  text,
    current       boolean not null default true
);

-- A member's seat on a committee: current seats only (a seat a newer snapshot drops is gone, as the source keeps none).
create table committee_seat (
    committee_id    text    not null references committee (committee_id),
    bioguide_id     text    not null references legislator (bioguide_id),
    side            text    not null check (side in ('majority', 'minority')),
    rank            integer check (rank >= 1),
    title           text,
    member_chamber  text    check (member_chamber in ('senate', 'house')),
    primary key (committee_id, bioguide_id)
);
create index committee_seat_member on committee_seat (bioguide_id);

-- Each load of the congress files: where from, their checksum, and what it changed.
create table hill_load (
    id          bigserial   primary key,
    loaded_at   timestamptz not null default now(),
    loaded_by   text        not null,
    source      text        not null,
    checksum    text        not null,
    members     integer     not null,
    committees  integer     not null,
    seats       integer     not null,
    added       integer     not null,
    departed    integer     not null,
    changed     integer     not null,
    seats_changed integer   not null
);

-- A register person (engagements' person id) linked to a member. status: certain and proposed are the matcher's and
-- are redone by each refresh; confirmed and rejected are a reviewer's and are kept through every refresh and reload.
-- A person has at most one link that is not rejected.
create table hill_person_link (
    person_id    bigint      not null,
    bioguide_id  text        not null references legislator (bioguide_id),
    status       text        not null check (status in ('certain', 'proposed', 'confirmed', 'rejected')),
    reason_key   text        not null,
    reason_args  text[]      not null default '{}',
    decided_by   text,
    decided_at   timestamptz,
    primary key (person_id, bioguide_id),
    check ((status in ('confirmed', 'rejected')) = (decided_by is not null))
);
create unique index hill_person_link_one on hill_person_link (person_id) where status <> 'rejected';

-- What the matcher last read of a person (names, titles, engagements, the members loaded): unchanged, it is not read again.
create table hill_person_checked (
    person_id    bigint primary key,
    fingerprint  text   not null
);
