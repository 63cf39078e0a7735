-- The press feeds the workbench reads by itself (issue 31): RSS 2.0 and Atom feeds, and listing pages whose article
-- links a pattern picks out where a ministry publishes no feed. None is seeded: an analyst adds them on the Press
-- releases page, and bilateral.feeds[n] in the properties adds those every installation reads.
create table press_feed (
    id           bigserial primary key,
    name         text        not null unique,
    url          text        not null unique,
    language     text        not null check (language in ('en', 'vi')),
    kind         text        not null check (kind in ('rss', 'atom', 'listing')),
    link_pattern text,
    added_by     text        not null,
    added_at     timestamptz not null default now(),
    check ((kind = 'listing') = (link_pattern is not null))
);
