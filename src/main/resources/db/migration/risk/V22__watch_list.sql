-- Products of a transshipment screen the team marks to follow (issue 14), with a note, and the ask they bear on, where
-- one does (the US ask on transshipment, Vietnam's offer to fight origin fraud).
create table watched_product (
    id          bigserial   primary key,
    origin      char(2)     not null,
    hub         char(2)     not null,
    destination char(2)     not null,
    code        varchar(6)  not null,
    note        text,
    ask_id      bigint      references ask,
    marked_by   text        not null,
    marked_at   timestamptz not null default now(),
    unique (origin, hub, destination, code)
);
