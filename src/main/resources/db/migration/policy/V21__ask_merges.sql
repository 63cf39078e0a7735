-- Two asks found to be one (the same request in other words, a fortnight apart, as the asks file has them) are merged:
-- the positions of the one merged move to the one kept, and its number answers with the one it went into, so links,
-- press-release reviews and files that name it still find it.
alter table ask add column merged_into bigint references ask, add column merged_by text, add column merged_at timestamptz;
