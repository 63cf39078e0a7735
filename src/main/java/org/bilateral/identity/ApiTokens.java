package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import org.bilateral.shared.Sha256;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.RandomText;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens with which scripts call /api ({@code Authorization: Bearer …}), each created by a user for their own account
 * and acting with its role. A token is 256 random bits, shown once when created; only its SHA-256 is kept, which a
 * look-up checks in microseconds where a password hash takes 60 ms.
 */
@Service
public class ApiTokens {

    /** What every token starts with, so that one pasted into the wrong place is recognised. */
    static final String PREFIX = "blt_";
    /** How often the last use is written: a script making a hundred calls a second must not write a hundred rows. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final AuditTrail audit;
    private final ApiTokenStore store;

    ApiTokens(ApiTokenStore store, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
    }

    /** A token as listed: never the token itself. */
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
     * The account a live token acts for, as it stands now (one look-up): with its present role, so that a demotion
     * reduces what its tokens may do at once; none while the account is locked. Notes the token's use at most once a minute.
     */
    @Transactional
    public Optional<UserAccounts.Account> authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiTokenStore.Live> live = store.live(Sha256.hex(secret));
        // Its use is noted at most once a minute: a script making a hundred calls a second must not write a hundred rows.
        live.filter(t -> t.unnotedSince(Instant.now().minus(LAST_USE_PRECISION)))
                .ifPresent(t -> store.noteUse(t.id()));
        return live.map(ApiTokenStore.Live::account);
    }

    public List<Token> of(String username) {
        return store.liveOf(username);
    }

    /** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
    @Transactional
    public boolean revoke(String username, long id) {
        Optional<Token> before = store.find(id);
        boolean revoked = store.revoke(username, id);
        if (revoked) {
            audit.record("API token revoked", "user " + username, before.orElse(null), null);
        }
        return revoked;
    }

}
