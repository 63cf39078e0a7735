-- issue 32, tradestats: state figures made up for the demonstration (split from the demo's national figures) are said
-- to be so on every page and brief that shows them; an answer pulled or imported from Census is not.
alter table state_trade_import add column synthetic boolean not null default false;
