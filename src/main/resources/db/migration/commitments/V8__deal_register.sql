-- The deal register in full: every report of a deal, its items, stages, delivery schedule and value conversion;
-- enterprises' progress reports and demand forecasts; purchase targets.

-- What the deal's value was reported in, and the US dollar rate used to convert it.
alter table deal add column currency     char(3) not null default 'USD';
alter table deal add column amount_low   numeric(18, 2);
alter table deal add column amount_high  numeric(18, 2);
alter table deal add column usd_rate     numeric(18, 8);
alter table deal add column rate_date    date;
-- A reported total of many deals ("twenty MOUs worth $2.9 billion"): shown, never added to the deals it may contain.
alter table deal add column aggregate    boolean not null default false;
alter table deal add column note         text;

-- Every report of a deal: a press release, a row of an imported file, or an enterprise's progress report.
create table deal_report (
    id               bigserial primary key,
    deal_id          bigint not null references deal on delete cascade,
    origin           text   not null check (origin in ('press_release', 'file', 'progress_report', 'user')),
    press_release_id bigint,
    source           text   not null,
    url              text,
    file_line        integer,
    external_id      text,
    reported_on      date,
    status_text      text,
    quantity         bigint,
    unit             text,
    value_low_usd    numeric(18, 2),
    value_high_usd   numeric(18, 2),
    currency         char(3),
    amount_low       numeric(18, 2),
    amount_high      numeric(18, 2),
    usd_rate         numeric(18, 8),
    rate_date        date,
    evidence         text,
    recorded_at      timestamptz not null default now()
);
create unique index deal_report_press_release on deal_report (deal_id, press_release_id) where press_release_id is not null;
-- A file row is known by the id the file gives it, so re-importing the file adds nothing.
create unique index deal_report_external on deal_report (external_id) where external_id is not null;
create index deal_report_deal on deal_report (deal_id);

insert into deal_report (deal_id, origin, press_release_id, source, reported_on, evidence)
select deal_id, 'press_release', press_release_id, source, reported_on, evidence from deal_source;
drop table deal_source;

-- The goods: one deal may cover several products ("corn and wheat").
create table deal_item (
    deal_id     bigint      not null references deal on delete cascade,
    position    smallint    not null,
    description text        not null,
    hs_code     varchar(10),
    primary key (deal_id, position)
);

-- The stage history: announced, MOU, contract, in delivery, delivered; or cancelled, lapsed.
create table deal_stage (
    id          bigserial primary key,
    deal_id     bigint not null references deal on delete cascade,
    stage       text   not null check (stage in ('announced', 'mou', 'contract', 'in_delivery', 'delivered', 'cancelled', 'lapsed')),
    happened    date,
    report_id   bigint references deal_report on delete set null,
    recorded_by text,
    note        text
);
create index deal_stage_deal on deal_stage (deal_id);

-- Expected deliveries: quantities and values by period. 'reported' when a source gives the schedule,
-- 'even' when only a window is known and the value is spread evenly over its months.
create table deal_delivery (
    deal_id     bigint        not null references deal on delete cascade,
    first_month date          not null,
    last_month  date          not null check (last_month >= first_month),
    quantity    numeric,
    value_usd   numeric(18, 2),
    basis       text          not null check (basis in ('reported', 'even')),
    primary key (deal_id, first_month)
);

-- A merged deal's id keeps working: links to it lead to the deal it was merged into.
create table deal_alias (
    merged_id bigint primary key,
    deal_id   bigint not null references deal on delete cascade
);

-- Engagements at which a deal was cited, found through a shared press release or linked by hand.
create table deal_engagement (
    deal_id       bigint not null references deal on delete cascade,
    engagement_id bigint not null references engagement on delete cascade,
    primary key (deal_id, engagement_id)
);

-- Which enterprises a reporter account reports for.
create table reporter_enterprise (
    username        text   not null references app_user (username) on delete cascade,
    organisation_id bigint not null references organisation on delete cascade,
    primary key (username, organisation_id)
);

-- An enterprise's progress on one deal for one reporting period; a second submission for the period replaces the first.
create table progress_report (
    id                  bigserial primary key,
    deal_id             bigint      not null references deal on delete cascade,
    period              text        not null,
    stage               text        not null check (stage in ('announced', 'mou', 'contract', 'in_delivery', 'delivered', 'cancelled', 'lapsed')),
    delivered_quantity  numeric,
    delivered_value_usd numeric(18, 2),
    next_milestones     text,
    obstacles           text,
    reported_by         text        not null,
    reported_at         timestamptz not null default now(),
    via                 text        not null check (via in ('web', 'xlsx', 'api')),
    unique (deal_id, period)
);

-- An enterprise's expected purchases of one product in one year, as forecast in one reporting period.
create table demand_forecast (
    organisation_id bigint        not null references organisation on delete cascade,
    period          text          not null,
    hs_code         varchar(10)   not null,
    product         text          not null,
    year            integer       not null,
    quantity        numeric,
    unit            text,
    value_usd       numeric(18, 2),
    reported_by     text          not null,
    reported_at     timestamptz   not null default now(),
    primary key (organisation_id, period, hs_code, year)
);

-- A purchase target: covered products, a baseline year, amounts per year, and which statistics count.
create table purchase_target (
    id            bigserial primary key,
    code          text    not null unique,
    name          text    not null,
    buyer         char(2) not null,
    seller        char(2) not null,
    baseline_year integer not null,
    basis         text    not null check (basis in ('absolute', 'above_baseline')),
    counts        text    not null check (counts in ('partner_exports', 'our_imports', 'both')),
    note          text,
    defined_by    text    not null,
    defined_at    timestamptz not null default now()
);

create table purchase_target_product (
    target_id     bigint not null references purchase_target on delete cascade,
    product_group text   not null,
    level         text   not null check (level in ('chapter', 'heading', 'subheading', 'sector')),
    code          text   not null,
    primary key (target_id, level, code)
);

create table purchase_target_amount (
    target_id  bigint        not null references purchase_target on delete cascade,
    year       integer       not null,
    amount_usd numeric(18, 2) not null check (amount_usd >= 0),
    primary key (target_id, year)
);
