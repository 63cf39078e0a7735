-- Trade statistics as each side's statistics office reports them, with provenance.

create table trade_import (
    id             bigserial primary key,
    dataset        text        not null,   -- e.g. 'US Census Bureau International Trade API'
    format         text        not null,   -- census-json, comtrade-csv, comtrade-json, published-figures-csv
    file_name      text        not null,
    sha256         text        not null unique,
    imported_at    timestamptz not null default now(),
    imported_by    text        not null,
    figure_count   integer     not null,
    replaced_count integer     not null,
    skipped_count  integer     not null,
    synthetic      boolean     not null,
    summary        text        not null
);

-- One row per statistic: reporter's view of trade with partner, one flow, one period, one product.
-- freq M = a month, A = a year reported as a whole; hs_level 0 = all products.
-- import_id has no foreign key on purpose: only the importer writes here, with the import it created in
-- the same transaction, and a per-row key check would cost more than the rest of COPY together.
create table trade_figure (
    import_id     bigint        not null,
    reporter      char(2)       not null,
    partner       char(2)       not null,
    flow          varchar(2)    not null,
    freq          char(1)       not null check (freq in ('M', 'A')),
    period        date          not null,
    hs_level      smallint      not null,
    hs_code       varchar(10)   not null,
    value_usd     numeric(18,2) not null,
    alt_value_usd numeric(18,2),            -- Census imports for consumption beside general imports
    valuation     varchar(3)    not null,   -- FOB, CIF, or CV (US customs value, close to FOB)
    quantity      numeric,
    quantity_unit text,
    net_kg        numeric,
    source_line   integer       not null
);
-- Uniqueness within a file is checked while reading; across files, a newer file replaces whole slices
-- (see trade_slice), so one index serving slice look-ups is all the table needs for fast COPY.
create index trade_figure_slice on trade_figure (reporter, partner, flow, period, freq, hs_level);

-- What a revised file replaced: kept, never lost.
create table trade_figure_replaced (
    like trade_figure,
    replaced_by bigint      not null references trade_import,
    replaced_at timestamptz not null default now()
);

-- The unit a revised file replaces: one reporter, partner, flow, period and HS level, and the import holding it.
create table trade_slice (
    reporter  char(2)    not null,
    partner   char(2)    not null,
    flow      varchar(2) not null,
    freq      char(1)    not null,
    period    date       not null,
    hs_level  smallint   not null,
    import_id bigint     not null references trade_import,
    primary key (reporter, partner, flow, freq, period, hs_level)
);

-- Totals by product group, rebuilt for the affected years on every import, so that balance queries
-- read thousands of rows rather than millions. M rows are months, A rows years reported as a whole;
-- Y rows are what the balance shows for a year: the sum of the months where monthly figures exist,
-- else the annual figure; months says how many months a Y row covers.
-- Unlogged: it is derived data, rebuilt from trade_figure after a crash empties it (TotalsRecovery),
-- and skipping the write-ahead log makes every import several times faster.
create unlogged table trade_total (
    reporter  char(2)       not null,
    partner   char(2)       not null,
    flow      varchar(2)    not null,
    freq      char(1)       not null check (freq in ('M', 'A', 'Y')),
    period    date          not null,
    level     text          not null,
    code      text          not null,
    value_usd numeric(18,2) not null,
    months    smallint      not null,
    primary key (reporter, partner, level, freq, period, flow, code)
);
-- Rebuilding one year of one flow finds its rows here.
create index trade_total_rebuild on trade_total (reporter, partner, flow, period);

create table published_figure (
    import_id      bigint        not null references trade_import,
    reporter       char(2)       not null,
    partner        char(2)       not null,
    flow           varchar(2)    not null,
    first_month    date          not null,
    last_month     date          not null,
    value_usd      numeric(18,2) not null,
    statistics_of  text          not null,
    source_url     text,
    note           text,
    source_line    integer       not null,
    primary key (reporter, partner, flow, first_month, last_month, statistics_of)
);

create table published_figure_replaced (
    like published_figure,
    replaced_by bigint      not null references trade_import,
    replaced_at timestamptz not null default now()
);
