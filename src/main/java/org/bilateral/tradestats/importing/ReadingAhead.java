package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file on a thread of its own while the importing thread checks repeats, sums and writes the figures into the
 * COPY: the parsing (most of the Java side of an import) and the COPY's encoding and writing run on both cores instead of
 * one after the other. The COPY stays on the importing thread, whose connection holds the import's transaction.
 *
 * <p>Nothing the reader says changes: it is told a context that sends each problem, skip, synthetic mark and dataset on
 * in the same stream as its figures, and the importing thread says them again to the import's own context in the order
 * the file gave them. So a refusal names the same file, line and field, the same ten problems at most are listed, in the
 * same order, whichever thread found them. Memory is bounded by the queue: at most {@link #BATCHES} batches of
 * {@link #BATCH} items wait, whatever the file's size.
 */
final class ReadingAhead implements AutoCloseable {

    /** Items (figures, or what the reader said) handed over at once: one hand-over per row would cost more than the row. */
    static final int BATCH = 4096;
    /** Batches read ahead at most: enough to ride over the COPY's pauses, a few megabytes at most. */
    static final int BATCHES = 8;
    /** The last batch of a reading, whatever ended it. */
    private static final Object[] END = new Object[0];

    /** Something the reader told its context, to be told again to the import's. */
    private record Told(Consumer<ReadContext> said) {
    }

    /**
     * Batches a file read ahead of its turn may hold while the file before it writes its slices and totals (about 200,000
     * figures, some 60 MB): enough to keep its reader busy through that work, and at most one file is read ahead.
     */
    static final int BATCHES_AHEAD = 48;

    private final BlockingQueue<Object[]> queue;
    private final Thread thread;
    private volatile boolean cancelled;
    private boolean drained;
    private @Nullable Throwable failure;

    private ReadingAhead(StatisticsReader reader, InputStream in, String fileName, int batches) {
        queue = new ArrayBlockingQueue<>(batches);
        thread = new Thread(() -> readAll(reader, in, fileName), "import-reader " + fileName);
        thread.setDaemon(true);
    }

    /**
     * Reads {@code in} with {@code reader} on another thread, giving the figures to {@code sink} and saying what the reader
     * said to {@code context}, both on this thread and in the file's order. Throws what the reader threw, once what it
     * read before is said; stops the reader when the sink or the context throws.
     */
    static void read(StatisticsReader reader, InputStream in, ReadContext context, FigureSink sink) throws IOException {
        try (ReadingAhead reading = start(reader, in, context.fileName(), BATCHES)) {
            reading.drain(context, sink);
        }
    }

    /**
     * Starts reading {@code in} on a thread of its own, at most {@code batches} batches ahead of whoever drains it: what
     * the reader says waits, in the file's order, until {@link #drain} says it to the import's context.
     */
    static ReadingAhead start(StatisticsReader reader, InputStream in, String fileName, int batches) {
        ReadingAhead reading = new ReadingAhead(reader, in, fileName, batches);
        reading.thread.start();
        return reading;
    }

    /** Says what was read, figures to {@code sink}, the rest to {@code context}, as {@link #read} does; once. */
    void drain(ReadContext context, FigureSink sink) throws IOException {
        if (drained) {
            throw new IllegalStateException("a reading is said once");
        }
        drained = true;
        boolean finished = false;
        try {
            while (true) {
                Object[] batch = queue.take();
                if (batch == END) {
                    break;
                }
                for (Object item : batch) {
                    if (item == null) {
                        break;
                    }
                    if (item instanceof Figure figure) {
                        sink.accept(figure);
                    } else if (item instanceof Told told) {
                        told.said().accept(context);
                    }
                }
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", e);
        } finally {
            if (!finished) {
                cancel();
            }
            joinUninterruptibly(thread);
        }
        rethrow(failure, context);
    }

    /** Stops the reading where it is, if it is not over, and waits for its thread: what it read is dropped. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            cancel();
            joinUninterruptibly(thread);
        }
    }

    private void cancel() {
        cancelled = true;
        thread.interrupt();
    }

    /** The reader's thread: reads the whole file, handing over full batches, then the rest and the end. */
    private void readAll(StatisticsReader reader, InputStream in, String fileName) {
        Object[][] current = {new Object[BATCH]};
        int[] filled = {0};
        Consumer<Object> add = item -> {
            current[0][filled[0]++] = item;
            if (filled[0] == BATCH) {
                hand(current[0]);
                current[0] = new Object[BATCH];
                filled[0] = 0;
            }
        };
        try {
            reader.read(in, ReadContext.forwarding(fileName, said -> add.accept(new Told(said))), add::accept);
        } catch (Throwable e) {
            // said on the importing thread, after everything read before it: that thread decides what it means
            failure = e;
        }
        try {
            if (!cancelled) {
                if (filled[0] > 0) {
                    hand(current[0]);
                }
                put(END);
            }
        } catch (Cancelled e) {
            // the importing thread stopped taking: it knows why
        }
    }

    private void hand(Object[] batch) {
        put(batch);
    }

    private void put(Object[] batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    /** What the reading stopped at, said as the reader on this thread would have said it. */
    private static void rethrow(@Nullable Throwable failure, ReadContext context) throws IOException {
        if (failure == null) {
            // Every reader's last word is failIfProblems(), which on its own thread also saw the problems the sink found
            // (a repeated line): said here, where they are, so that the reading refuses the file as before.
            context.failIfProblems();
            return;
        }
        if (failure instanceof ReadContext.StopReading) {
            // the reader refused the file at problems this thread has said again: refuse it here with them
            context.failIfProblems();
            throw new IllegalStateException("the reader stopped at a problem the import's context does not hold");
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reader's thread is told to stop: the importing thread gave up on the file. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the import stopped taking figures", null, false, false);
        }
    }
}
