-- The totals of one reporter, partner, flow, month or year and product level are one row holding the codes and their
-- values as two arrays, and trade_total is a view that unnests them, so every query reads totals as before. An import
-- of an 83,000-line Census file writes about 30,000 totals: one row each cost about 5 µs in the B-tree of a seven-column
-- key, 170 ms a file, half the import; as 800 lists they cost 3 ms. Reading a whole list is as fast as rows (the widest
-- query, a partner's months by subheading, 33,000 values: 9.3 ms as rows, 10.5 ms as lists); picking a few codes out of
-- long lists reads every element, where rows were found by the index: 20 subheadings out of 1,158 a month, 72 months,
-- 38 ms at 5 million figures. Queries for chosen codes join them (hashed) rather than list them in an IN (...), which a
-- prepared statement's generic plan compares one by one.
-- Unlogged as before: derived data, rebuilt from the figures after a crash empties it (TotalsRecovery).
create unlogged table trade_total_list (
    reporter   char(2)    not null,
    partner    char(2)    not null,
    flow       varchar(2) not null,
    freq       char(1)    not null check (freq in ('M', 'A', 'Y')),
    period     date       not null,
    level      text       not null,
    months     smallint   not null,
    codes      text[]     not null,
    values_usd numeric[]  not null,
    check (cardinality(codes) = cardinality(values_usd))
);
-- Stored out of line uncompressed: a list is read whole, and decompressing it cost more than the pages it saved.
alter table trade_total_list alter column codes set storage external, alter column values_usd set storage external;
create index trade_total_list_lookup on trade_total_list (reporter, partner, level, freq, period);

insert into trade_total_list (reporter, partner, flow, freq, period, level, months, codes, values_usd)
select reporter, partner, flow, freq, period, level, max(months), array_agg(code order by code),
       array_agg(value_usd order by code)
from trade_total
group by reporter, partner, flow, freq, period, level;

drop table trade_total;

-- The arrays are unnested in the select list, in step (they have one length), which streams them; unnest() in FROM
-- stores each list in a tuple store first and cost a partner's months by subheading 45 ms instead of 38 at 5 million rows.
-- Conditions on the list's columns still reach the index through the view.
create view trade_total as
select reporter, partner, flow, freq, period, level, unnest(codes) as code, unnest(values_usd) as value_usd, months
from trade_total_list;
