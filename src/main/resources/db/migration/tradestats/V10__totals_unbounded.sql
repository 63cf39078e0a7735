-- A total adds many figures, each below 10^16: twenty of the largest overflowed numeric(18,2). Totals keep the
-- figures' cents but have no ceiling on the digits before them.
alter table trade_total alter column value_usd type numeric;
