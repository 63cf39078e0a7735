-- Figures are read one import at a time (the slices an import holds, the figures a revision replaces), and every B-tree
-- index costs COPY about a microsecond a figure: the index on slice_key made an 83,000-line file take 125-145 ms
-- to copy instead of 50-75 ms. A block range index on import_id costs COPY almost nothing (83 ms) and finds an import's
-- pages, since COPY writes an import's figures together; within them the slice key is a filter. minmax-multi keeps it
-- exact where a later import fills the space a revision freed.
drop index trade_figure_slice_key;
create index trade_figure_import on trade_figure using brin (import_id int8_minmax_multi_ops) with (pages_per_range = 32);
create index trade_figure_replaced_import on trade_figure_replaced using brin (import_id int8_minmax_multi_ops);
