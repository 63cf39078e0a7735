-- Issue 31: the Federal Register documents pulled on AD/CVD orders, reviews, evasion cases and presidential tariff
-- actions, each a proposal an analyst accepts (extending the orders or the tariff history) or dismisses. Keyed by the
-- document number, so that pulling twice stores nothing new.
create table federal_register_document (
    document_number    text primary key,
    partner            char(2) not null,
    title              text    not null,
    abstract           text,
    doc_type           text    not null,      -- the register's type: Notice, Rule, Presidential Document
    presidential_type  text,                  -- Executive Order, Proclamation, ...
    instrument_number  text,                  -- the executive order's or proclamation's number
    publication_date   date    not null,
    html_url           text    not null,
    agencies           text    not null,
    proposal           text    not null check (proposal in ('new_order', 'review', 'evasion', 'notice', 'tariff_action')),
    case_number        text,                  -- A-552-801, C-552-838, or an EAPA case, when the title or abstract gives it
    linked_order       text,                  -- the order held that the document concerns
    state              text    not null default 'waiting' check (state in ('waiting', 'accepted', 'dismissed')),
    pulled_at          timestamptz not null default now(),
    decided_at         timestamptz,
    decided_by         text
);
create index federal_register_document_state on federal_register_document (state, publication_date);

-- When an ask's status changed and when a position was entered, for what changed since a moment (the first page).
alter table ask add column status_changed_at timestamptz;
alter table ask_position add column recorded_at timestamptz;
alter table ask_position alter column recorded_at set default now();
