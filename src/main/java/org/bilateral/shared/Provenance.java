package org.bilateral.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a figure of the stakes comes from and what it leaves out, carried with it to every page, download and JSON
 * answer.
 *
 * @param sources   the reference files and statistics imports read
 * @param leavesOut what the figure does not count, in the reader's words ("MFN and Section 232 duties not included")
 * @param synthetic whether any statistics read are demonstration data
 */
public record Provenance(List<String> sources, List<String> leavesOut, boolean synthetic) {

    public static final String SYNTHETIC = "Synthetic demonstration data: the trade figures here are generated, not official statistics.";

    /** The demonstration-data warning when it applies, for every format to print, JSON included. */
    @com.fasterxml.jackson.annotation.JsonProperty("syntheticNote")
    public @Nullable String syntheticNote() {
        return synthetic ? SYNTHETIC : null;
    }

    /** What a terminal reader needs below a table: whether it is synthetic, what it leaves out, where it comes from. */
    public void printTo(java.io.PrintStream out) {
        if (synthetic) {
            out.println();
            out.println(SYNTHETIC);
        }
        out.println();
        out.println("Leaves out:");
        leavesOut.forEach(l -> out.println("  - " + l));
        out.println("Sources:");
        sources.forEach(s -> out.println("  - " + s));
    }
}
