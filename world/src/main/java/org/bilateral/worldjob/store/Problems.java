package org.bilateral.worldjob.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's problems, each naming file, line and field (a bulk file's, and the small files the workbench hands the screen). Only the first {@link #LISTED} are kept, then counted, so that a
 * file wrong on every one of its ten million lines neither fills the memory nor buries the first problem.
 */
public final class Problems {

    static final int LISTED = 100;

    private final String file;
    private final List<String> listed = new ArrayList<>();
    private long count;

    public Problems(String file) {
        this.file = file;
    }

    public void add(long line, String field, String what) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(file + ", line " + line + ", field " + field + ": " + what);
        }
    }

    /** A problem of a line as a whole, not of one field (a line of too few fields). */
    public void addLine(long line, String what) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(file + ", line " + line + ": " + what);
        }
    }

    /** A problem of the file as a whole, not of one line (two files of an import holding one partition). */
    void addWhole(String what) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(file + ": " + what);
        }
    }

    public boolean any() {
        return count > 0;
    }

    public List<String> shown() {
        List<String> shown = new ArrayList<>(listed);
        if (count > listed.size()) {
            shown.add("and " + (count - listed.size()) + " more");
        }
        return shown;
    }

    /** A value as a problem quotes it: at most 40 characters, so that a line of digits is not echoed back whole. */
    static String quoted(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…\" (" + value.length() + " characters)" : value + "\"");
    }
}
