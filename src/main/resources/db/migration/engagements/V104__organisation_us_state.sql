-- Where in the United States an organisation is (its headquarters, or where it produces when a person says so): the
-- USPS code of a state, DC or a territory (shared.UsState checks the code; the table only its shape). A deal whose
-- goods name no plant buys from its seller's state, so a legislator's page can list the deals that buy from the state.
alter table organisation add column us_state char(2) check (us_state ~ '^[A-Z]{2}$');
create index organisation_us_state on organisation (us_state) where us_state is not null;
