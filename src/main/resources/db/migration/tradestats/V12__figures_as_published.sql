-- A figure is kept exactly as the statistics office published it: Comtrade gives values such as 1100.456, which
-- numeric(18,2) rounded to the cent without a word. The readers bound every value (below 10^16, at most six decimals,
-- see Values), so the columns need no bound of their own; a sum keeps the decimals of what it adds.
alter table trade_figure alter column value_usd type numeric, alter column alt_value_usd type numeric;
alter table trade_figure_replaced alter column value_usd type numeric, alter column alt_value_usd type numeric;
alter table published_figure alter column value_usd type numeric;
alter table published_figure_replaced alter column value_usd type numeric;
