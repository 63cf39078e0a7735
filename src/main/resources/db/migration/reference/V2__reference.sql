-- Reference data: countries and their codes in every scheme trade statistics use,
-- the HS 2022 nomenclature, and named sectors as sets of HS codes.
create table country (
    alpha2        char(2) primary key,
    alpha3        char(3) not null unique,
    iso_numeric   integer,
    m49           integer,
    comtrade_code integer,          -- UN Comtrade's reporter/partner code where it differs from M49 (USA 842)
    census_code   text unique,      -- US Census Bureau Schedule C code (Vietnam 5520)
    name          text    not null,
    official_name text
);

-- Every spelling a user or a file may use for a country, keyed by a folded form
-- (no diacritics, no case, no punctuation) so "Việt Nam", "Viet Nam" and "Vietnam" meet.
create table country_name (
    folded text primary key,
    alpha2 char(2) not null references country,
    name   text    not null
);

create table hs_section (
    section  text primary key,   -- Roman numeral
    position integer not null unique,
    name     text    not null
);

create table hs_code (
    code        text primary key,
    level       smallint not null check (level in (2, 4, 6)),
    parent      text,
    section     text     references hs_section,   -- null for 99, "not specified according to kind"
    description text     not null
);
create index hs_code_level on hs_code (level, code);

create table sector (
    id          text primary key,
    position    integer not null,
    name        text    not null,
    description text    not null
);

create table sector_prefix (
    sector_id text not null references sector on delete cascade,
    prefix    text not null unique,
    primary key (sector_id, prefix)
);

-- Each HS chapter, heading and subheading in exactly one sector (the longest matching prefix wins),
-- so sector totals add up to the whole without double counting.
create table hs_sector (
    code      text primary key,
    sector_id text not null references sector on delete cascade
);

create table reference_load (
    id         bigserial primary key,
    location   text        not null,
    checksum   text        not null,
    loaded_at  timestamptz not null default now(),
    countries  integer     not null,
    hs_codes   integer     not null,
    sectors    integer     not null
);
