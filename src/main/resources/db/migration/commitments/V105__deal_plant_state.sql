-- The state of the plant a deal's goods come from, where the goods name one (737 MAX aircraft are built in Renton,
-- WA; 787s in North Charleston, SC): it says where the deal buys from before the seller's own state does.
alter table deal add column plant_state char(2) check (plant_state ~ '^[A-Z]{2}$');
create index deal_plant_state on deal (plant_state) where plant_state is not null;
