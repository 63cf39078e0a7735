-- Quantities by subheading, unit and year, for unit values (issue 14): summed on every import from the figures of each
-- year's most detailed statistics at the subheading or finer (a year's months where it has any, else its annual figure),
-- as trade_total sums their values, so that a screen of every subheading reads thousands of rows, not millions.
-- value_usd is the value of the figures giving a quantity, not the subheading's whole trade.
create table trade_quantity (
    reporter   char(2)    not null,
    partner    char(2)    not null,
    flow       varchar(2) not null,
    year       smallint   not null,
    subheading varchar(6) not null,
    unit       text       not null,
    quantity   numeric    not null,
    value_usd  numeric    not null,
    primary key (reporter, partner, flow, year, subheading, unit)
);

-- The figures imported before this: summed once here, as each import sums its years from now on.
insert into trade_quantity (reporter, partner, flow, year, subheading, unit, quantity, value_usd)
with held as (
    select s.reporter, s.partner, s.flow, s.import_id, s.freq, s.hs_level, extract(year from s.period)::int as year,
           figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level) as slice_key,
           max(s.hs_level) over (partition by s.reporter, s.partner, s.flow, s.freq, s.period) as top,
           bool_or(s.freq = 'M') over (partition by s.reporter, s.partner, s.flow, extract(year from s.period)) as monthly
    from trade_slice s)
select h.reporter, h.partner, h.flow, h.year, left(f.hs_code, 6), f.quantity_unit, sum(f.quantity), sum(f.value_usd)
from held h join trade_figure f on f.import_id = h.import_id and f.slice_key = h.slice_key
where h.hs_level = h.top and h.hs_level >= 6 and (h.freq = 'M') = h.monthly
  and f.quantity is not null and f.quantity_unit is not null
group by 1, 2, 3, 4, 5, 6;
