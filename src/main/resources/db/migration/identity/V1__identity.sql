-- Who may use the workbench. Passwords are stored as BCrypt hashes only.
create table app_user (
    id            bigserial primary key,
    username      text        not null unique,
    password_hash text        not null,
    role          text        not null check (role in ('ADMIN', 'ANALYST', 'REPORTER')),
    created_at    timestamptz not null default now()
);
