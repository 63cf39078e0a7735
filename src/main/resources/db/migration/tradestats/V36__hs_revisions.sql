-- Statistics carry the edition of the Harmonized System they were reported in (see reference HsRevisions): a US file of
-- 2021 is in HS 2017, a Comtrade record says so in classificationCode (H5). Subheadings an older edition's UN correlation
-- table sends whole to one HS 2022 subheading are stored under it, so that 620113 of 2021 and 620140 of 2022 are one
-- product; the code as reported stays beside it in reported_hs_code (null where nothing was carried). Split subheadings
-- (854140 of HS 2017 went to 854141…854149 and 8549) keep their own code: the tables give no shares.
alter table trade_figure add column reported_hs_code varchar(10);
alter table trade_figure_replaced add column reported_hs_code varchar(10);

-- The edition each slice was reported in. Slices imported before this change were read as HS 2022.
alter table trade_slice add column hs_revision smallint not null default 2022;

-- The older edition's subheadings an import carried to another HS 2022 number (hs2022_code) or kept because they were
-- split (hs2022_code null), by reporter, partner and year: what a screen names when it shows those years. Only the
-- subheadings whose number changed or that were split are listed; the thousands carried to the same number are not.
create table trade_revision_code (
    import_id     bigint     not null references trade_import,
    reporter      char(2)    not null,
    partner       char(2)    not null,
    year          smallint   not null,
    hs_revision   smallint   not null,
    reported_code varchar(6) not null,
    hs2022_code   varchar(6),
    primary key (reporter, partner, year, import_id, hs_revision, reported_code)
);
create index trade_revision_code_import on trade_revision_code (import_id);
