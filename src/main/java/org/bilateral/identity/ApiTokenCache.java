package org.bilateral.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API tokens this process has looked up, by the SHA-256 the store keys them by (never the secret): token hash to its
 * account, so that a script's request reads nothing from the database for its token.
 * <p>
 * Why it may be trusted, since the same database is changed by other processes ({@code ./bilateral users …},
 * {@code ./bilateral tokens revoke} beside a running server):
 * <ul>
 * <li>every change that could make an entry wrong (a token revoked or removed, an account's role, password, lock or
 * removal) notifies the channel {@code bilateral_identity} from a trigger in the change's own transaction (migration
 * V117), and {@link IdentityChanges} listens on a connection of its own and forgets the account's entries as soon as
 * PostgreSQL delivers the notification, which it does when the change commits;</li>
 * <li>entries are used only while that connection is listening: until it listens, and whenever it breaks, every
 * request is looked up in the database as before, and everything held is forgotten, since a change may have gone
 * unheard;</li>
 * <li>a change made through this process's own use cases forgets the entries at once and again when it commits
 * ({@link #forget}), so this process never waits for its own notification;</li>
 * <li>an entry is put only when nothing was forgotten between the database read and the put (the {@link #generation}),
 * so a look-up that read a token a moment before its revocation cannot put it back afterwards;</li>
 * <li>a refusal is never held (a token the database does not know is asked for again next time), the number of entries
 * is bounded ({@link #MAX_ENTRIES}), and an entry is forgotten after {@link #TIME_TO_LIVE} in any case, a safety net
 * should a notification be lost in a way the listener cannot see.</li>
 * </ul>
 * The use of a token found here is remembered in memory and written by {@link IdentityChanges} off the request path, at
 * most once a minute a token.
 */
final class ApiTokenCache {

    static final int MAX_ENTRIES = 10_000;
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    /** How often a token's use is written: a script making a hundred calls a second must not write a hundred rows. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** One held token: its id, its account as the database had it, when it was read and when its use was last noted. */
    private static final class Entry {
        final long tokenId;
        final UserAccounts.Account account;
        final long readAtNanos;
        volatile @Nullable Instant lastUseNoted;

        Entry(long tokenId, UserAccounts.Account account, long readAtNanos, @Nullable Instant lastUseNoted) {
            this.tokenId = tokenId;
            this.account = account;
            this.readAtNanos = readAtNanos;
            this.lastUseNoted = lastUseNoted;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Uses of tokens not yet written: token id to the latest use. */
    private final ConcurrentHashMap<Long, Instant> unwrittenUses = new ConcurrentHashMap<>();
    /** Counts every forgetting; a look-up puts its entry only if this did not move while it read the database. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean trusted;

    /** A held token: its id and account. */
    record Held(long tokenId, UserAccounts.Account account) {
    }

    /** The token with this hash, if it is held and may be trusted now; its use is remembered. */
    Optional<Held> find(String sha256, Instant now) {
        if (!trusted) {
            return Optional.empty();
        }
        Entry entry = entries.get(sha256);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.readAtNanos > TIME_TO_LIVE.toNanos()) {
            entries.remove(sha256, entry);
            return Optional.empty();
        }
        used(entry, now);
        return Optional.of(new Held(entry.tokenId, entry.account));
    }

    /** Where a look-up starts: what {@link #put} must be given. */
    long generation() {
        return generation.get();
    }

    /**
     * Holds a token read from the database since {@code generation}, unless something was forgotten meanwhile (then the
     * read may be older than the forgetting, and the next request reads again). The use is remembered either way.
     */
    void put(String sha256, long tokenId, UserAccounts.Account account, @Nullable Instant lastUsed, long since, Instant now) {
        Entry entry = new Entry(tokenId, account, System.nanoTime(), lastUsed);
        used(entry, now);
        if (!trusted || generation.get() != since) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // more scripts than this at once is not this workbench's use; all are read again
        }
        entries.put(sha256, entry);
        // A forgetting that began after the check above has removed it, or removes it once its own count is seen here.
        if (generation.get() != since) {
            entries.remove(sha256, entry);
        }
    }

    private void used(Entry entry, Instant now) {
        Instant noted = entry.lastUseNoted;
        if (noted == null || noted.isBefore(now.minus(LAST_USE_PRECISION))) {
            entry.lastUseNoted = now;
            unwrittenUses.merge(entry.tokenId, now, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * Forgets the account's tokens now and, within a transaction, again when it commits: between the two a request of
     * another thread may have read the account as it stood before the change.
     */
    void forget(String username) {
        forgetNow(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow(username);
                }
            });
        }
    }

    /** Forgets the account's tokens (a notification of its change). */
    void forgetNow(String username) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> e.account.username().equals(username));
    }

    /** Forgets everything and trusts entries again only when {@code trusted}: the listener (re)connected or broke. */
    void reset(boolean trusted) {
        this.trusted = false;
        generation.incrementAndGet();
        entries.clear();
        this.trusted = trusted;
    }

    boolean trusted() {
        return trusted;
    }

    /** Whether the token with this hash is held now. */
    boolean holds(String sha256) {
        return entries.containsKey(sha256);
    }

    /** The uses not yet written, taken away to be written. */
    Map<Long, Instant> takeUnwrittenUses() {
        Map<Long, Instant> taken = new java.util.HashMap<>();
        for (Long id : unwrittenUses.keySet()) {
            Instant at = unwrittenUses.remove(id);
            if (at != null) {
                taken.put(id, at);
            }
        }
        return taken;
    }

    /** The latest use of the token not yet written, if any (the token list shows it before it is written). */
    Optional<Instant> unwrittenUse(long tokenId) {
        return Optional.ofNullable(unwrittenUses.get(tokenId));
    }
}
