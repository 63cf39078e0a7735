-- A running workbench keeps the API tokens it has looked up (token hash -> account) in memory, so that a script's request
-- does not read the database for its token. Whatever makes such a token or its account no longer what the memory holds
-- says so on the channel bilateral_identity, with the account's name, in the change's own transaction: PostgreSQL
-- delivers the notification when that transaction commits, and never when it rolls back, to every process listening
-- (ApiTokenCache), whichever process made the change (the users page, or ./bilateral in another process).
-- Triggers rather than a NOTIFY in each Java method, so that no way of changing these rows (a use case, another
-- process, an administrator's own SQL, the cascade of an account's removal) can be forgotten.
create function identity_changed() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'login_failure' then
        perform pg_notify('bilateral_identity', substr(new.subject, 9));
    elsif tg_op = 'DELETE' then
        perform pg_notify('bilateral_identity', old.username);
    else
        perform pg_notify('bilateral_identity', old.username);
        perform pg_notify('bilateral_identity', new.username);
    end if;
    return null;
end $$;

-- A token revoked, removed or given to another account or hash; not when only its last use is noted.
create trigger api_token_changed after update on api_token for each row
    when (old.revoked_at is distinct from new.revoked_at or old.token_sha256 <> new.token_sha256
          or old.username <> new.username)
    execute function identity_changed();
create trigger api_token_removed after delete on api_token for each row execute function identity_changed();

-- An account's role, password, credentials version or name changed, or the account removed.
create trigger app_user_changed after update or delete on app_user for each row execute function identity_changed();

-- An account locked (an address's failures lock no account; an unlock needs no word: a refusal is never kept).
create trigger login_failure_locked after insert or update on login_failure for each row
    when (new.subject like 'account:%' and new.locked_until is not null)
    execute function identity_changed();
