-- What a session was logged in with (issue 27): bumped when the account's role changes, when it is locked, when its
-- password is changed or reset. A session whose account has moved on since it logged in ends at its next request,
-- even when the change was made by another process (./bilateral users role ...), which cannot reach the server's
-- sessions: every request compares the two (one look-up by the unique user name).
alter table app_user add column credentials_version bigint not null default 0;
