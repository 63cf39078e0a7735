-- issue 31, alerts: the rules analysts set, what they matched, and how each match reached its reader.

-- A rule: the kinds of change it watches, words that must all appear, a product (an HS prefix), a threshold on the
-- movement (a percent: positive "up more than", negative "down more than"), and whether it mails.
create table alert_rule (
    id          bigserial primary key,
    owner       text        not null,
    name        text        not null check (length(name) between 1 and 200),
    kinds       text        not null check (kinds <> ''),
    words       text        not null default '',
    product     text        check (product ~ '^[0-9]{2}([0-9]{2}){0,4}$'),
    threshold   numeric(8, 2) check (threshold > -100 and threshold <= 1000),
    mails       boolean     not null default false,
    created_at  timestamptz not null default now(),
    unique (owner, name)
);

-- One notification per rule and change, never twice: the change's stable key is its kind, its page and its moment.
-- The line is kept as said in both languages when it matched, so that it reads the same whenever it is opened.
create table alert_notification (
    id             bigserial primary key,
    rule_id        bigint      not null references alert_rule (id) on delete cascade,
    change_key     text        not null,
    kind           text        not null,
    changed_at     timestamptz not null,
    line_en        text        not null,
    line_vi        text        not null,
    href           text        not null,
    synthetic      boolean     not null,
    created_at     timestamptz not null default now(),
    read_at        timestamptz,
    -- mail: wanted when the rule mails; sent_at once the SMTP server took it; a failure counted and kept for the next try
    mail_wanted    boolean     not null,
    mailed_at      timestamptz,
    mail_attempts  integer     not null default 0,
    mail_error     text,
    unique (rule_id, change_key)
);
create index alert_notification_unmailed on alert_notification (id) where mail_wanted and mailed_at is null;

-- Where a user's alerts go: an address and the language of its mails, and the hash of the feed's token (never the token).
create table alert_recipient (
    username          text primary key,
    address           text,
    language          text not null default 'vi' check (language in ('vi', 'en')),
    feed_token_sha256 text unique,
    feed_token_at     timestamptz
);

-- When the rules were last checked: the next evaluation asks every module for its changes since then. The row is made
-- by the first evaluation (a new database holds no row, so that a backup restores into it).
create table alert_evaluation (
    id          integer primary key check (id = 1),
    checked_to  timestamptz not null
);
