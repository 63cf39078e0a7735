-- A watched product may be cited at an engagement too (issue 14): the meeting where the other side raised it, or where
-- the team means to answer for it.
alter table watched_product add column engagement_id bigint references engagement;
