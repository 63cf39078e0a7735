package org.bilateral.tradestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    public ReadContext(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Records a problem; stops the read once there are enough to show the user what is wrong. */
    public void problem(@Nullable Said location, @Nullable String field, Said message) {
        problems.add(new InputProblem(fileName, location, field, message));
        if (problems.size() >= MAX_PROBLEMS) {
            throw new InvalidInput(problems);
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    public Map<String, Integer> skipped() {
        return skipped;
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public void markSynthetic() {
        synthetic = true;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public void dataset(String dataset) {
        this.dataset = dataset;
    }

    public String dataset() {
        return dataset;
    }
}
