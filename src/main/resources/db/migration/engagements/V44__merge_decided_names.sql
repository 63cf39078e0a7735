-- A merge decided keeps the names of both records as they were when it was decided: a confirmed merge deletes the
-- merged record, and a brief that says what was merged into what since the last one must still name it (issue 26).
-- Merges decided before this migration keep no names (null) and are named by their numbers.
alter table merge_proposal add column kept_name text, add column merged_name text;
