package org.bilateral.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL notification channel, heard by a daemon thread on a connection of its own (not one of the pool's,
 * which it would hold forever), for what a running workbench keeps in memory and must forget at once when another
 * process changes the rows behind it: triggers notify the channel in the change's own transaction, and PostgreSQL
 * delivers the notification when it commits. Whoever keeps something trusts it only between {@link Hearing#listening}
 * and {@link Hearing#deaf}: a change made while nobody listened went unheard.
 *
 * <p>The connection is asked a question every ten seconds, so that one broken without a word is noticed; after a break
 * it is opened again every second, and the break is logged once, not at every try (Ctrl-C stops the embedded
 * PostgreSQL before this thread, which would otherwise fill the log until the workbench has stopped).
 */
public final class NotificationChannel {

    /** What the one who keeps something is told. */
    public interface Hearing {

        /** The channel is listened to: what was kept before may have missed a change. */
        void listening();

        /** A change was notified, with the notification's text. */
        void heard(String payload);

        /** The channel is not listened to any more (a break, or the end): nothing kept may be trusted. */
        void deaf();

        /** Called at every wake (at most half a second apart) while listening: work of the keeper's own. */
        default void awake() {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(NotificationChannel.class);
    /** How long the thread waits for a notification before it wakes. */
    static final int WAIT_MILLIS = 500;
    private static final long HEARTBEAT_NANOS = 10_000_000_000L;

    private final DataSource dataSource;
    private final String channel;
    private final String name;
    private final String whileDeaf;
    private final Hearing hearing;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong heard = new AtomicLong();
    private final AtomicLong broken = new AtomicLong();
    private volatile boolean running = true;
    private volatile @Nullable Thread thread;

    /**
     * @param channel   the channel's name, as the triggers notify it
     * @param name      the thread's name, and the connection's application name in {@code pg_stat_activity}
     * @param whileDeaf what the workbench does while the channel is not heard, said in the log once a break
     */
    public NotificationChannel(DataSource dataSource, String channel, String name, String whileDeaf, Hearing hearing) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.name = name;
        this.whileDeaf = whileDeaf;
        this.hearing = hearing;
    }

    /** Starts listening, once. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::run, name);
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    /** How many notifications have been heard (for tests that wait for another connection's change to be heard). */
    public long heard() {
        return heard.get();
    }

    /** How many times the listening connection broke. */
    public long broken() {
        return broken.get();
    }

    /** Stops listening and waits for the thread to end. */
    public void stop() throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.join(2L * WAIT_MILLIS + 1_000);
        }
    }

    private void run() {
        boolean said = false;
        while (running) {
            try (Connection connection = connect()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                hearing.listening();
                if (said) {
                    LOG.info("the notifications of {} are heard again", channel);
                    said = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastHeartbeat = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            hearing.heard(n.getParameter());
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
                    hearing.awake();
                }
            } catch (SQLException | RuntimeException e) {
                hearing.deaf();
                broken.incrementAndGet();
                if (running && !said) {
                    said = true;
                    LOG.warn("{} until the notifications of {} are heard again: {}", whileDeaf, channel, e.toString());
                }
                if (running) {
                    pause();
                }
            }
        }
        hearing.deaf();
    }

    private Connection connect() throws SQLException {
        return besideThePool(dataSource, name);
    }

    /**
     * A connection beside the pool, with the pool's own address and credentials when it is a Hikari pool (as another
     * process would connect), named {@code applicationName} in {@code pg_stat_activity}; one of the pool's otherwise.
     */
    public static Connection besideThePool(DataSource dataSource, String applicationName) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            properties.setProperty("ApplicationName", applicationName);
            return DriverManager.getConnection(pool.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
