package org.bilateral.identity;

import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.bilateral.shared.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Hears of the changes to accounts and tokens ({@code LISTEN bilateral_identity}, notified by the triggers of migration
 * V117 whichever process makes them) and forgets what {@link ApiTokenCache} holds of the account changed; and writes the
 * tokens' uses off the request path. The channel ({@link NotificationChannel}) is listened to from the first API token
 * a request presents: a command-line process never listens.
 */
@Component
class IdentityChanges implements DisposableBean, NotificationChannel.Hearing {

    static final String CHANNEL = "bilateral_identity";
    private static final Logger LOG = LoggerFactory.getLogger(IdentityChanges.class);
    /** How often the uses noted in memory are written. */
    private static final long WRITE_USES_NANOS = 5_000_000_000L;

    private final ApiTokenCache cache = new ApiTokenCache();
    private final ApiTokenStore store;
    private final NotificationChannel channel;
    private long lastWrite = System.nanoTime();

    IdentityChanges(DataSource dataSource, ApiTokenStore store) {
        this.store = store;
        this.channel = new NotificationChannel(dataSource, CHANNEL, "bilateral-identity-changes",
                "API tokens are looked up in the database on every request", this);
    }

    ApiTokenCache cache() {
        return cache;
    }

    /** Forgets what is held of the account, now and when the present transaction commits (a change of this process). */
    void changed(String username) {
        cache.forget(username);
    }

    /** Starts listening, once; until the connection listens, tokens are looked up in the database. */
    void listen() {
        channel.start();
    }

    /** How many notifications have been heard (for tests that wait for another connection's change to be heard). */
    long heard() {
        return channel.heard();
    }

    @Override
    public void listening() {
        // Whatever changed while nobody listened went unheard: nothing held before now is trusted.
        cache.reset(true);
    }

    @Override
    public void heard(String username) {
        cache.forgetNow(username);
    }

    @Override
    public void deaf() {
        cache.reset(false);
    }

    @Override
    public void awake() {
        long now = System.nanoTime();
        if (now - lastWrite > WRITE_USES_NANOS) {
            writeUses();
            lastWrite = now;
        }
    }

    /** Writes the tokens' latest uses noted in memory (each at most once a minute, see {@link ApiTokenCache}). */
    void writeUses() {
        Map<Long, Instant> uses = cache.takeUnwrittenUses();
        try {
            uses.forEach(store::noteUse);
        } catch (RuntimeException e) {
            LOG.warn("the last use of {} API tokens could not be written: {}", uses.size(), e.toString());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        channel.stop();
        writeUses();
    }
}
