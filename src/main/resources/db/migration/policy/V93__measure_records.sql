-- Issue 31: the AD/CVD orders and the tariff history become records the workbench keeps, rather than files read on each
-- use. Their first version is loaded from the reference files whenever reference data is loaded (rows of origin
-- 'reference', replaced then); an import or an accepted Federal Register document extends them (rows of origin
-- 'import' or 'proposal', which a reload of the files leaves as they are). Every change is kept as a revision: who,
-- when, from what.
create table adcvd_order (
    partner         char(2) not null,
    case_number     text    not null,
    kind            text    not null check (kind in ('AD', 'CVD')),
    product         text    not null,
    order_date      date,
    hts_codes       text    not null default '',   -- the numbers as the notice prints them, separated by spaces
    source_url      text,
    hts_source_url  text,
    status_evidence text,                           -- the latest notice showing the order in force (a review, a continuation)
    note            text,
    origin          text    not null check (origin in ('reference', 'import', 'proposal')),
    position        integer not null,               -- the file's order for the reference rows; later rows after them
    entered_at      timestamptz not null default now(),
    entered_by      text    not null,
    primary key (partner, case_number)
);

create table tariff_action (
    id              bigserial primary key,
    partner         char(2) not null,
    effective_date  date    not null,
    rate_percent    numeric,                        -- null for rulings and changes of scope
    applies_to      text    not null,
    instrument      text    not null,
    source_url      text,
    note            text,
    origin          text    not null check (origin in ('reference', 'import', 'proposal')),
    position        integer not null,
    entered_at      timestamptz not null default now(),
    entered_by      text    not null,
    unique (partner, effective_date, instrument, applies_to)
);
create index tariff_action_partner on tariff_action (partner, position);

-- Which reference file's rows are held, so that a file missing or refused is said when an answer needs it, as before.
create table measure_file_load (
    file      text primary key,
    location  text not null,
    rows_read integer not null,
    loaded_at timestamptz not null default now()
);

-- Every row added or changed, with the row before and after (JSON), who and from what (a file, an import, a document).
create table measure_revision (
    id         bigserial primary key,
    partner    char(2)     not null,
    subject    text        not null,   -- 'order A-552-801' or 'tariff action 12'
    origin     text        not null,
    source     text        not null,   -- the file, or the Federal Register document number
    revised_at timestamptz not null default now(),
    revised_by text        not null,
    before_row text,
    after_row  text                 -- null when the row left the file
);
create index measure_revision_subject on measure_revision (subject, revised_at);
