-- A figure names its slice by the packed key alone (V13): reporter, partner, flow, frequency, period and HS level were
-- the same six values on every line of a slice, already held once in trade_slice and packed in slice_key. Each cost the
-- COPY of every figure its parsing and storage: without them an 83,000-line file goes in about a third faster.
-- figure_slice_key() packs; trade_slice holds the unpacked slice beside the import that holds it.
alter table trade_figure drop column reporter, drop column partner, drop column flow, drop column freq,
    drop column period, drop column hs_level;
alter table trade_figure_replaced drop column reporter, drop column partner, drop column flow, drop column freq,
    drop column period, drop column hs_level;
alter table trade_figure_replaced alter column slice_key set not null;
