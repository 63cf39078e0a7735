-- Who may do what (issue 12): a read-only viewer beside administrators, analysts and reporters; a first password that
-- must be changed; failed logins remembered so that guessing is slowed and then stopped; API tokens for scripts.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('ADMIN', 'ANALYST', 'REPORTER', 'VIEWER'));
alter table app_user add column must_change_password boolean not null default false;

-- Consecutive failed logins of one account ('account:<name>') or from one address ('address:<ip>'). Kept in the
-- database, not in memory, so that a command can unlock what the server locked and a restart forgets nothing.
create table login_failure (
    subject      text        primary key,
    failures     integer     not null,
    last_failure timestamptz not null,
    locked_until timestamptz
);

-- Tokens for scripts on /api. Only the SHA-256 of a token is kept: a random 256-bit token needs no slow hash, which is
-- what made HTTP Basic cost 60 ms a request.
create table api_token (
    id           bigserial   primary key,
    username     text        not null references app_user (username) on delete cascade,
    name         text        not null,
    token_sha256 text        not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_name on api_token (username, name) where revoked_at is null;
