package org.bilateral.extraction;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.extraction.reading.PressReleaseReader;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.Said;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where press releases are read: on a few threads of their own, not on the threads that answer requests, so that long
 * texts sent at once neither hold every request thread nor share the processors so thinly that each takes minutes.
 * At most {@code atOnce} texts are read at a time and {@code waiting} more wait their turn; a text beyond those is
 * refused at once (503, try again in a minute) rather than queued without end. A text whose reading outlasts
 * {@code seconds} (waiting included) is stopped and refused the same way, and its thread is free again.
 */
@Component
class Readings implements DisposableBean {

    private final ThreadPoolExecutor readers;
    private final int atOnce;
    private final int waiting;
    private final long seconds;

    Readings(@Value("${bilateral.reading.at-once:0}") int atOnce, @Value("${bilateral.reading.waiting:-1}") int waiting,
             @Value("${bilateral.reading.seconds:60}") long seconds) {
        // 0 and -1 say "as many as the machine has processors", which is as many readings as run at full speed
        this.atOnce = atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors();
        this.waiting = waiting >= 0 ? waiting : this.atOnce;
        if (seconds <= 0) {
            throw new IllegalArgumentException("bilateral.reading.seconds is " + seconds + "; a reading needs a time bound above 0 seconds");
        }
        this.seconds = seconds;
        AtomicInteger number = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(this.atOnce, this.atOnce, 0, TimeUnit.SECONDS,
                this.waiting == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(this.waiting), r -> {
                    Thread t = new Thread(r, "press-release-reader-" + number.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Reads the release on a reader thread and waits for it, within the time bound; refuses when all are taken. */
    Extraction read(PressReleaseReader reader, PressRelease release) {
        return run(release.name(), () -> reader.read(release));
    }

    /** Runs one reading of the named text on a reader thread, as {@link #read} does; the tests give it work they hold. */
    <T> T run(String name, Callable<T> work) {
        Future<T> reading;
        try {
            reading = readers.submit(work);
        } catch (RejectedExecutionException e) {
            throw new Unavailable(Said.of("refusal.extraction.busy", name, atOnce, waiting));
        }
        try {
            return reading.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true); // the reader notices between sentences and its thread takes the next text
            throw new Unavailable(Said.of("refusal.extraction.tooSlow", name, seconds));
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the request was stopped while " + name + " was being read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the reader's own refusal (too long, unreadable characters) as it was raised
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The readers reading now. */
    int readingNow() {
        return readers.getActiveCount();
    }

    /** The texts waiting for a reader now. */
    int waitingNow() {
        return readers.getQueue().size();
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }
}
