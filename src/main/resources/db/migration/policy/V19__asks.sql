-- The asks on the table (issue 13): what one side asks of the other, its topic, where it stands, and the dated history
-- of positions taken on it. Positions from a file are keyed by what they say (date, side, ask, where), so that
-- importing the same file again adds nothing.
create table ask (
    id        bigserial   primary key,
    side      char(2)     not null,   -- who asks
    addressee char(2)     not null,   -- of whom
    topic     text        not null check (topic in ('market_economy_status', 'export_controls', 'tariffs', 'trade_fraud',
                                                    'market_access', 'non_tariff_barriers', 'digital_trade', 'other')),
    statement text        not null,
    status    text        not null check (status in ('raised', 'under_discussion', 'partly_met', 'met', 'rejected', 'dropped')),
    opened_at timestamptz not null default now(),
    unique (side, addressee, statement)
);

create table ask_position (
    id            bigserial primary key,
    ask_id        bigint    not null references ask on delete cascade,
    said_on       date      not null,
    who           text,
    where_said    text,
    source_url    text,
    quote         text,
    answer        text,     -- the other side's answer, where known
    note          text,
    source        text      not null,  -- the file and line, or the page, it came from
    unique (ask_id, said_on, where_said)
);
create index ask_position_ask on ask_position (ask_id, said_on);
