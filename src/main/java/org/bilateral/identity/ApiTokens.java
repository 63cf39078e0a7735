package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import org.bilateral.shared.Sha256;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.RandomText;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tokens with which scripts call /api ({@code Authorization: Bearer …}), each created by a user for their own account
 * and acting with its role. A token is 256 random bits, shown once when created; only its SHA-256 is kept, which a
 * look-up checks in microseconds where a password hash takes 60 ms.
 */
@Service
public class ApiTokens {

    /** What every token starts with, so that one pasted into the wrong place is recognised. */
    static final String PREFIX = "blt_";
    private final AuditTrail audit;
    private final ApiTokenStore store;
    private final IdentityChanges changes;
    /** A token's look-up when this process does not hold it: one read-only transaction, one statement. */
    private final TransactionTemplate lookUp;

    ApiTokens(ApiTokenStore store, AuditTrail audit, IdentityChanges changes, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.store = store;
        this.changes = changes;
        this.lookUp = new TransactionTemplate(transactions);
        this.lookUp.setReadOnly(true);
    }

    /**
     * A token as listed: never the token itself. Its last use is noted at most once a minute, and written to the database
     * within seconds by the server that saw it (so another process may see it that much later).
     */
    public record Token(long id, String username, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    /** A new token and the only time its secret is seen. */
    public record Created(Token token, String secret) {
    }

    @Transactional
    public Created create(String username, @Nullable String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput("name", Said.of("refusal.identity.tokenName"));
        }
        Optional<Said> wrong = Limits.characterSaid(trimmed);
        if (wrong.isPresent()) {
            throw new InvalidInput("name", wrong.get());
        }
        if (trimmed.length() > 100) {
            throw new InvalidInput("name", Said.of("refusal.identity.tokenNameLong", String.valueOf(trimmed.length())));
        }
        if (store.nameTaken(username, trimmed)) {
            throw new InvalidInput("name", Said.of("refusal.identity.tokenNameTaken", trimmed));
        }
        String secret = PREFIX + RandomText.urlSafe(32);
        long id = store.insert(username, trimmed, Sha256.hex(secret));
        Token token = store.find(id).orElseThrow();
        audit.record(username, "API token created", "user " + username, null, token);
        return new Created(token, secret);
    }

    /**
     * The account a live token acts for, as it stands now: with its present role, so that a demotion reduces what its
     * tokens may do at once; none while the account is locked. Held in memory once read ({@link ApiTokenCache}, which
     * says why that stays exact when another process changes the account), so that a script's request reads nothing
     * for its token; read in one read-only transaction otherwise. Its use is noted at most once a minute, off the
     * request path.
     */
    public Optional<UserAccounts.Account> authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        changes.listen();
        ApiTokenCache cache = changes.cache();
        String sha256 = Sha256.hex(secret);
        Instant now = Instant.now();
        Optional<ApiTokenCache.Held> held = cache.find(sha256, now);
        if (held.isPresent()) {
            return Optional.of(held.get().account());
        }
        long since = cache.generation();
        Optional<ApiTokenStore.Live> live = Objects.requireNonNull(lookUp.execute(status -> store.live(sha256)));
        live.ifPresent(t -> cache.put(sha256, t.id(), t.account(), t.lastUsed(), since, now));
        return live.map(ApiTokenStore.Live::account);
    }

    /** The user's live tokens, each with its latest use, also one this process has not written yet. */
    public List<Token> of(String username) {
        ApiTokenCache cache = changes.cache();
        return store.liveOf(username).stream().map(t -> cache.unwrittenUse(t.id())
                .filter(at -> t.lastUsedAt() == null || at.isAfter(t.lastUsedAt()))
                .map(at -> new Token(t.id(), t.username(), t.name(), t.createdAt(), at)).orElse(t)).toList();
    }

    /** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
    @Transactional
    public boolean revoke(String username, long id) {
        Optional<Token> before = store.find(id);
        boolean revoked = store.revoke(username, id);
        changes.changed(username);
        if (revoked) {
            audit.record("API token revoked", "user " + username, before.orElse(null), null);
        }
        return revoked;
    }

}
