-- The figures of one slice (a reporter, partner, flow and month) lie together, as each file is written month by month
-- and partner by partner: a block-range index on the slice key lets a query for one partner's national lines read that
-- partner's pages, not the whole import's. It costs an import a few milliseconds, where a B-tree cost seconds.
create index trade_figure_slice on trade_figure using brin (slice_key int8_minmax_multi_ops) with (pages_per_range = 16);
