package org.bilateral.tradestats;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.shared.NotificationChannel;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The statistics' answers this process has computed (a balance, a mirror, a products table), by the whole request and
 * the language its labels were written in, so that the same question asked again (a script asking the balance a hundred
 * times a second, a page reloaded) reads nothing from the database. The answer held is the very record the database
 * gave, never a copy rebuilt from parts.
 * <p>
 * Why it may be trusted, since other processes change the same statistics ({@code ./bilateral import}, a pull, state
 * trade beside a running server), after the design of identity's token cache:
 * <ul>
 * <li>every change to a table these answers read notifies the channel {@code bilateral_tradestats} from a statement
 * trigger in the change's own transaction (migration V124); this component listens on a connection of its own and
 * forgets every answer as soon as PostgreSQL delivers the notification, which it does when the change commits;</li>
 * <li>answers are held and served only while that connection listens: until it listens, and whenever it breaks, every
 * answer is computed from the database, and everything held is forgotten, since a change may have gone unheard;</li>
 * <li>a change made through this process's use cases ({@link #changed}) forgets everything at once and again when it
 * ends, so this process never waits for its own notification; reference data reloaded here forgets them too (the
 * labels are read from it);</li>
 * <li>an answer is put only when nothing was forgotten between the start of its computation and the put (the
 * generation), so an answer read a moment before a change cannot be put back after the change was heard;</li>
 * <li>at most {@link #MAX_ENTRIES} answers are held.</li>
 * </ul>
 * The thread starts with the first answer asked within a web request: a command-line process computes its one answer and
 * never listens.
 */
@Component
class StatisticsAnswers implements DisposableBean, NotificationChannel.Hearing {

    static final String CHANNEL = "bilateral_tradestats";
    /** The listening connection's name in pg_stat_activity. */
    static final String APPLICATION_NAME = "bilateral-tradestats-changes";
    /** A balance at subheading level by month is a few hundred kilobytes: a few hundred answers stay well within the heap. */
    static final int MAX_ENTRIES = 256;

    /** What an answer depends on besides the tables: the request record and the language of its labels. */
    private record Key(Object request, Locale locale) {
    }

    private final NotificationChannel channel;
    private final ConcurrentHashMap<Key, Object> answers = new ConcurrentHashMap<>();
    /** Counts every forgetting; an answer is put only if this did not move while it was computed. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean started;
    private volatile boolean trusted;

    /**
     * Whether answers are held at all ({@code bilateral.statistics.answers-held}, true by default). The tests' workbench
     * turns it off: their fixtures empty the statistics with SQL of their own, whose notification arrives a moment after
     * it commits, and a test asking at once would be answered from before (StatisticsAnswersTest turns it on).
     */
    private volatile boolean holding;

    StatisticsAnswers(DataSource dataSource, @Value("${bilateral.statistics.answers-held:true}") boolean holding) {
        this.channel = new NotificationChannel(dataSource, CHANNEL, APPLICATION_NAME,
                "statistics answers are computed from the database every time", this);
        this.holding = holding;
    }

    /** Holds answers from now on, or computes every one from the database and forgets those held. */
    void holding(boolean hold) {
        holding = hold;
        if (!hold) {
            forgetNow();
        }
    }

    /** The answer to the request: the one held, else computed (and held if nothing changed meanwhile). */
    <T> T answer(Object request, Class<T> type, Supplier<T> compute) {
        if (!holding) {
            return compute.get();
        }
        if (!started && RequestContextHolder.getRequestAttributes() != null) {
            listen();
        }
        Key key = new Key(request, LocaleContextHolder.getLocale());
        if (trusted) {
            Object held = answers.get(key);
            if (held != null) {
                return type.cast(held);
            }
        }
        long since = generation.get();
        T answer = compute.get();
        put(key, answer, since);
        return answer;
    }

    private void put(Key key, Object answer, long since) {
        if (!holding || !trusted || generation.get() != since) {
            return;
        }
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear(); // a server asked more distinct questions than this computes them again
        }
        answers.put(key, answer);
        // A forgetting that began after the check above has removed it, or removes it once its count is seen here.
        if (generation.get() != since) {
            answers.remove(key, answer);
        }
    }

    /**
     * A change of the statistics by this process: forgets everything now and, within a transaction, again when it ends
     * (between the two another thread may compute an answer from the statistics as they stood before the change).
     */
    void changed() {
        forgetNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow();
                }
            });
        }
    }

    @EventListener
    void on(ReferenceDataLoaded loaded) {
        forgetNow();
    }

    void forgetNow() {
        generation.incrementAndGet();
        answers.clear();
    }

    private void reset(boolean trust) {
        trusted = false;
        forgetNow();
        trusted = trust;
    }

    /** Starts listening, once; until the connection listens, every answer is computed. */
    void listen() {
        started = true;
        channel.start();
    }

    boolean trusted() {
        return trusted;
    }

    int held() {
        return answers.size();
    }

    /** How many notifications have been heard (for tests that wait for another connection's change to be heard). */
    long heard() {
        return channel.heard();
    }

    /** How many times the listening connection broke (for tests). */
    long broken() {
        return channel.broken();
    }

    @Override
    public void listening() {
        // Whatever changed while nobody listened went unheard: nothing held before now is trusted.
        reset(true);
    }

    @Override
    public void heard(String table) {
        forgetNow();
    }

    @Override
    public void deaf() {
        reset(false);
    }

    @Override
    public void destroy() throws InterruptedException {
        channel.stop();
    }
}
