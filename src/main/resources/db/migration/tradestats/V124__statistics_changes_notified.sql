-- A running workbench keeps the statistics' answers it has computed (balance, mirror, products) in memory, so that a
-- script asking the same balance again reads nothing from the database. Whatever changes a table those answers read says
-- so on the channel bilateral_tradestats, with the table's name, in the change's own transaction: PostgreSQL delivers
-- the notification when that transaction commits, and never when it rolls back, to every process listening
-- (StatisticsAnswers), whichever process made the change (an import, a pull, state trade, published figures, the totals
-- rebuilt, another ./bilateral beside the server, an administrator's own SQL).
-- For each statement, not each row: an import writes millions of rows, and one notification a statement (identical
-- ones within a transaction are delivered once) is all a listener needs to forget everything.
create function tradestats_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('bilateral_tradestats', tg_table_name);
    return null;
end $$;

create trigger trade_import_changed after insert or update or delete or truncate on trade_import
    for each statement execute function tradestats_changed();
create trigger trade_figure_changed after insert or update or delete or truncate on trade_figure
    for each statement execute function tradestats_changed();
create trigger trade_figure_replaced_changed after insert or update or delete or truncate on trade_figure_replaced
    for each statement execute function tradestats_changed();
create trigger trade_slice_changed after insert or update or delete or truncate on trade_slice
    for each statement execute function tradestats_changed();
create trigger trade_total_list_changed after insert or update or delete or truncate on trade_total_list
    for each statement execute function tradestats_changed();
create trigger trade_quantity_changed after insert or update or delete or truncate on trade_quantity
    for each statement execute function tradestats_changed();
create trigger trade_revision_code_changed after insert or update or delete or truncate on trade_revision_code
    for each statement execute function tradestats_changed();
create trigger published_figure_changed after insert or update or delete or truncate on published_figure
    for each statement execute function tradestats_changed();
create trigger published_figure_replaced_changed after insert or update or delete or truncate on published_figure_replaced
    for each statement execute function tradestats_changed();
create trigger state_trade_import_changed after insert or update or delete or truncate on state_trade_import
    for each statement execute function tradestats_changed();
create trigger state_trade_changed after insert or update or delete or truncate on state_trade
    for each statement execute function tradestats_changed();
