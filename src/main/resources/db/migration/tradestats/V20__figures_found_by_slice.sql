-- The figures of one slice (a reporter, partner, flow and month) lie together, as each file is written month by month
-- and partner by partner: a block-range index on the slice key lets a query for one partner's national lines read that
-- partner's pages, not the whole import's. An import does not wait for it: autovacuum summarises the new pages soon
-- after (until then a query reads them all, which is slower, never wrong), where summarising them in the import cost it
-- a sixth of its time.
create index trade_figure_slice on trade_figure using brin (slice_key int8_minmax_multi_ops)
    with (pages_per_range = 16, autosummarize = on);
