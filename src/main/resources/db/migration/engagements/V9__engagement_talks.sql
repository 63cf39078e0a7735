-- A negotiation round belongs to the talks of a pair of countries: round 3 of Vietnam–US talks is not round 3 of
-- Indonesia–US talks. Rounds recorded before this migration keep no pair (null) and match only rounds without one.
alter table engagement add column talks text check (talks ~ '^[A-Z]{2}-[A-Z]{2}$');
create index engagement_round on engagement (round, talks) where kind = 'negotiation_round';
