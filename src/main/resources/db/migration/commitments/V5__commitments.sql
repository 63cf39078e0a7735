-- Purchase commitments: one row per deal however often it is announced, with every report of it.
create table deal (
    id             bigserial primary key,
    buyer_id       bigint      not null references organisation,
    seller_id      bigint      references organisation,
    item           text        not null,
    quantity       bigint,
    unit           text,
    value_usd      numeric(18, 2),
    value_low_usd  numeric(18, 2),
    value_high_usd numeric(18, 2),
    instrument     text        not null default 'announcement'
                   check (instrument in ('announcement', 'mou', 'framework_agreement', 'purchase_agreement', 'order')),
    first_reported date,
    created_at     timestamptz not null default now()
);

create table deal_source (
    deal_id          bigint not null references deal on delete cascade,
    press_release_id bigint not null,
    source           text   not null,
    reported_on      date,
    evidence         text   not null,
    primary key (deal_id, press_release_id)
);
