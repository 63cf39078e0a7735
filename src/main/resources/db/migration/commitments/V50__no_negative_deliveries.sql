-- Deliveries, delivered amounts and forecasts are never below zero: every door refuses them by field (issue 27), and the
-- tables say so too, so that no later door can lower a projection with a negative delivery. NOT VALID: rows stored before
-- are left as they are (they are for a person to correct, not for a migration to change or drop); every new row is checked.
alter table deal_delivery add constraint deal_delivery_not_negative
    check (quantity >= 0 and value_usd >= 0) not valid;
alter table progress_report add constraint progress_report_not_negative
    check (delivered_quantity >= 0 and delivered_value_usd >= 0) not valid;
alter table demand_forecast add constraint demand_forecast_not_negative
    check (quantity >= 0 and value_usd >= 0) not valid;
