package org.bilateral.identity;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Hears of the changes to accounts and tokens ({@code LISTEN bilateral_identity}, notified by the triggers of migration
 * V117 whichever process makes them) and forgets what {@link ApiTokenCache} holds of the account changed; and writes the
 * tokens' uses off the request path. One daemon thread on a connection of its own (not one of the pool's, which it would
 * hold forever), started by the first API token a request presents: a command-line process never starts it.
 */
@Component
class IdentityChanges implements DisposableBean {

    static final String CHANNEL = "bilateral_identity";
    private static final Logger LOG = LoggerFactory.getLogger(IdentityChanges.class);
    /** How long the thread waits for a notification before it looks at its other work. */
    private static final int WAIT_MILLIS = 500;
    /** How often the connection is asked a question, so that one broken without a word is noticed. */
    private static final long HEARTBEAT_NANOS = 10_000_000_000L;
    /** How often the uses noted in memory are written. */
    private static final long WRITE_USES_NANOS = 5_000_000_000L;

    private final ApiTokenCache cache = new ApiTokenCache();
    private final DataSource dataSource;
    private final ApiTokenStore store;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong heard = new AtomicLong();
    private volatile boolean running = true;
    private volatile @Nullable Thread thread;

    IdentityChanges(DataSource dataSource, ApiTokenStore store) {
        this.dataSource = dataSource;
        this.store = store;
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
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::run, "bilateral-identity-changes");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    /** How many notifications have been heard (for tests that wait for another connection's change to be heard). */
    long heard() {
        return heard.get();
    }

    private void run() {
        // Said once an outage, not at every try: a database stopped before this thread (Ctrl-C reaches the embedded
        // PostgreSQL too) would otherwise fill the log each second until the workbench has stopped.
        boolean said = false;
        while (running) {
            try (Connection connection = connect()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                // Whatever changed while nobody listened went unheard: nothing held before now is trusted.
                cache.reset(true);
                if (said) {
                    LOG.info("the notifications are heard again");
                    said = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastHeartbeat = System.nanoTime();
                long lastWrite = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            cache.forgetNow(n.getParameter());
                            heard.incrementAndGet();
                        }
                    }
                    long now = System.nanoTime();
                    if (now - lastHeartbeat > HEARTBEAT_NANOS) {
                        try (Statement ask = connection.createStatement()) {
                            ask.execute("select 1");
                        }
                        lastHeartbeat = now;
                    }
                    if (now - lastWrite > WRITE_USES_NANOS) {
                        writeUses();
                        lastWrite = now;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.reset(false);
                if (running && !said) {
                    said = true;
                    LOG.warn("API tokens are looked up in the database on every request until the notifications of "
                            + "identity changes are heard again: {}", e.toString());
                }
                if (running) {
                    pause();
                }
            }
        }
        cache.reset(false);
    }

    /** A connection beside the pool, with the pool's own address and credentials when it is a Hikari pool. */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            return DriverManager.getConnection(pool.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
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

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.join(2 * WAIT_MILLIS + 1_000);
        }
        writeUses();
    }
}
