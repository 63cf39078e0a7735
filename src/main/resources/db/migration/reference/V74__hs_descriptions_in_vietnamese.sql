-- issue 30: each chapter, heading and subheading's description in Vietnamese beside the English one, from
-- hs/hs2022-vi.csv (Vietnam's nomenclature, built on HS 2022); null where the file has none (99, "not specified
-- according to kind") or the location holds no such file. The text is the one a page shows: a subheading's own line
-- composed with its heading and the lines between (reference/ReferenceTables.shownInVietnamese).
alter table hs_code add column description_vi text;
