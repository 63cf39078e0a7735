-- issue 35, the world screen: each run of the Spark job (bilateral-world) over the world store, loaded from its RUN.json
-- as a dated run, with its hubs, the products shown per hub and every shown product's six signals. A run is never
-- changed once loaded: a new screen is a new run, and the pages show the latest by default.

-- sha256 is the RUN.json's checksum: the same file loaded again is this run. sources are the bulk files whose
-- partitions the job read; synthetic when any of them is demonstration data (the store's manifest says so).
create table world_run (
    run_id          bigint      generated always as identity primary key,
    origin          text        not null check (origin ~ '^[A-Z]{2}$'),
    destination     text        not null check (destination ~ '^[A-Z]{2}$' and destination <> origin),
    from_year       integer     not null check (from_year between 1988 and 2100),
    to_year         integer     not null check (to_year between 1988 and 2100),
    event_year      integer     check (event_year between 1988 and 2100),
    cif_fob_margin  double precision not null check (cif_fob_margin between 0 and 1),
    top             integer     not null check (top between 1 and 1000),
    master          text        not null check (master <> ''),
    spark_version   text        not null check (spark_version <> ''),
    started_at      timestamptz not null,
    finished_at     timestamptz not null,
    store           text        not null check (store <> ''),
    flows_read      bigint      not null check (flows_read >= 0),
    synthetic       boolean     not null,
    sources         text[]      not null,
    sha256          text        not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    loaded_by       text        not null check (loaded_by <> ''),
    loaded_at       timestamptz not null default now(),
    check (from_year <= to_year),
    check (finished_at >= started_at)
);

create index world_run_pair on world_run (origin, destination, finished_at desc);

-- A hub screened: its rerouting bound (null when it bought nothing from the origin in the trade year) out of its exports
-- to the destination, and the products passing the Freund test. missing: the flows the job could not read, in its words.
create table world_hub (
    run_id            bigint   not null references world_run (run_id),
    hub               text     not null check (hub ~ '^[A-Z]{2}$'),
    products_screened integer  not null check (products_screened >= 0),
    freund_products   integer  not null check (freund_products between 0 and products_screened),
    trade_year        integer  check (trade_year between 1988 and 2100),
    bound_usd         numeric  check (bound_usd >= 0),
    hub_exports_usd   numeric  check (hub_exports_usd >= 0),
    share             double precision check (share between 0 and 1),
    missing           text[]   not null,
    primary key (run_id, hub)
);

-- A product shown for a hub: the top by score, then every other one passing the Freund test; rank among the hub's own
-- products (1 the strongest), trade carried in the trade year, Freund value (0 where a condition fails).
create table world_product (
    run_id     bigint  not null,
    hub        text    not null,
    code       text    not null check (code ~ '^[0-9]{6}$'),
    rank       integer not null check (rank >= 1),
    score      double precision not null check (score between 0 and 1),
    trade_usd  numeric not null check (trade_usd >= 0),
    freund     double precision not null check (freund >= 0),
    primary key (run_id, hub, code),
    foreign key (run_id, hub) references world_hub (run_id, hub)
);

-- A shown product's six signals, as the screen's arithmetic spelled them (value null: not computed, the arithmetic says why).
create table world_signal (
    run_id      bigint  not null,
    hub         text    not null,
    code        text    not null,
    kind        text    not null check (kind in ('DIVERSION', 'PASS_THROUGH', 'MIRROR_GAP', 'UNIT_VALUE', 'SURGE', 'FREUND')),
    value       double precision,
    rank        double precision not null check (rank between 0 and 1),
    arithmetic  text    not null,
    primary key (run_id, hub, code, kind),
    foreign key (run_id, hub, code) references world_product (run_id, hub, code)
);
