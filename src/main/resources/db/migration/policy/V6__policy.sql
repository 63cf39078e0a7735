-- Each time a policy issue was raised, where, and in which words.
create table policy_issue_raised (
    id               bigserial primary key,
    topic            text not null check (topic in ('market_economy_status', 'export_controls', 'trade_fraud', 'tariffs')),
    raised_on        date,
    press_release_id bigint not null,
    source           text   not null, -- the press release's name, so the history reads without the extraction tables
    engagement_id    bigint references engagement on delete set null,
    evidence         text not null,
    unique (topic, press_release_id)
);
