package org.bilateral.tradestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * What a reader learns about a file besides its figures: problems (reading stops after a few, so a
 * broken file is not reported ten thousand times), rows deliberately skipped and why, and whether
 * the file says it is synthetic.
 */
public final class ReadContext {

    static final int MAX_PROBLEMS = 10;

    private final String fileName;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private boolean synthetic;
    private String dataset = ""; // every reader names its dataset as it begins
    /**
     * Where a reader on another thread sends what it says, in order among its figures, for the importing thread to say
     * it again to the import's own context ({@link ReadingAhead}); null for a context of the import's own thread.
     */
    private final @Nullable Consumer<Consumer<ReadContext>> forward;
    /** The problems this reader's thread has sent on: it stops reading once they alone are enough. */
    private int forwarded;

    public ReadContext(String fileName) {
        this(fileName, null);
    }

    private ReadContext(String fileName, @Nullable Consumer<Consumer<ReadContext>> forward) {
        this.fileName = fileName;
        this.forward = forward;
    }

    /** A context for a reader on another thread: each thing it is told goes to {@code forward}, to be said again. */
    static ReadContext forwarding(String fileName, Consumer<Consumer<ReadContext>> forward) {
        return new ReadContext(fileName, forward);
    }

    /** Thrown on a reader's thread where the import's own context would have refused the file: the reading stops there. */
    static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("the reading stopped at a refusal said on the importing thread", null, false, false);
        }
    }

    public String fileName() {
        return fileName;
    }

    /** Records a problem; stops the read once there are enough to show the user what is wrong. */
    public void problem(@Nullable Said location, @Nullable String field, Said message) {
        Consumer<Consumer<ReadContext>> to = forward;
        if (to != null) {
            to.accept(c -> c.problem(location, field, message));
            if (++forwarded >= MAX_PROBLEMS) {
                throw new StopReading();
            }
            return;
        }
        problems.add(new InputProblem(fileName, location, field, message));
        if (problems.size() >= MAX_PROBLEMS) {
            throw new InvalidInput(problems);
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || forwarded > 0;
    }

    public void failIfProblems() {
        if (forwarded > 0) {
            // the importing thread, saying the same problems, refuses the file with them
            throw new StopReading();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public void skip(String reason) {
        Consumer<Consumer<ReadContext>> to = forward;
        if (to != null) {
            to.accept(c -> c.skip(reason));
            return;
        }
        skipped.merge(reason, 1, Integer::sum);
    }

    public Map<String, Integer> skipped() {
        return skipped;
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public void markSynthetic() {
        Consumer<Consumer<ReadContext>> to = forward;
        if (to != null && !synthetic) {
            to.accept(ReadContext::markSynthetic);
        }
        synthetic = true;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public void dataset(String dataset) {
        Consumer<Consumer<ReadContext>> to = forward;
        if (to != null) {
            to.accept(c -> c.dataset(dataset));
        }
        this.dataset = dataset;
    }

    public String dataset() {
        return dataset;
    }
}
