-- issue 31, census: the US trade with a partner by state (Census statehs: exports by state of origin of movement,
-- imports by state of destination), HS2 to HS6, dollars only. Each pulled answer (one month of one flow with one partner)
-- is one import, kept whole; a changed answer for a month held is a new import that replaces the old as current, and
-- the old stays, its rows with it, as the revision it was.
create table state_trade_import (
    id          bigint      primary key,
    partner     char(2)     not null,
    flow        varchar(2)  not null check (flow in ('X', 'M')),
    period      date        not null,
    hs_level    smallint    not null check (hs_level in (2, 4, 6)),
    file_name   text        not null,
    sha256      text        not null,
    pulled_at   timestamptz not null default now(),
    pulled_by   text        not null,
    row_count   integer     not null,
    totals_dropped integer  not null,
    replaced_by bigint      references state_trade_import (id) deferrable initially deferred
);
create sequence state_trade_import_id_seq owned by state_trade_import.id;
-- one current answer per month, flow and partner, whatever its level: two levels at once would count the trade twice
create unique index state_trade_import_current on state_trade_import (partner, flow, period) where replaced_by is null;
-- what was pulled since a day, for what changed since the last round
create index state_trade_import_pulled_at on state_trade_import (pulled_at);

create table state_trade (
    import_id bigint        not null references state_trade_import (id),
    state     char(2)       not null,
    partner   char(2)       not null,
    flow      varchar(2)    not null,
    hs_code   varchar(6)    not null,
    period    date          not null,
    value_usd numeric(18,2) not null check (value_usd >= 0),
    primary key (import_id, state, hs_code)
);
create index state_trade_by_state on state_trade (partner, flow, state, period);
