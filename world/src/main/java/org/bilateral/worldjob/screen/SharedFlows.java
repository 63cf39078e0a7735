package org.bilateral.worldjob.screen;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The flows every hub of the route shares, one product list each, sent once to every executor: origin → destination (the
 * destination's imports, else the origin's exports where the destination reports none), the origin's exports to the
 * world and the destination's imports from it; with what is missing of them in the workbench's words, and Comtrade's
 * units in common words.
 */
record SharedFlows(String origin, String destination, int fromYear, int toYear, @Nullable Integer eventYear, double cifFobMargin,
                   int top, @Nullable FlowGrid originToDestination, @Nullable FlowGrid originToWorld,
                   @Nullable FlowGrid destinationFromWorld, @Nullable String originToDestinationMissing,
                   @Nullable String originToWorldMissing, @Nullable String destinationFromWorldMissing,
                   Map<Integer, String> commonUnits) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "no statistics of D's imports from O, nor of O's exports to D: …", as risk/TriangleFlows.importsOrMirror says it. */
    static String noImportsNorMirror(String importer, String exporter) {
        return "no statistics of " + importer + "'s imports from " + exporter + ", nor of " + exporter + "'s exports to " + importer
                + ": import Comtrade for reporter " + importer;
    }

    /** As risk/TriangleFlows.world says a country's world totals are missing. */
    static String noWorldTotals(String reporter, boolean imports) {
        return "no world totals of " + reporter + "'s " + (imports ? "imports" : "exports") + ": import Comtrade for reporter " + reporter
                + " with partner World (0)" + (reporter.equals("US") ? ", or Census with all countries (CTY_CODE -)" : "")
                + (imports ? "; the surge then compares with origin and hub alone" : "; the Freund test needs them");
    }

    /** As risk/TriangleFlows.read says the hub's own record of its exports is missing. */
    static String noHubExports(String hub, String destination) {
        return "no statistics of " + hub + "'s exports to " + destination + ": import Comtrade for reporter " + hub
                + " (the mirror gap needs both sides' records)";
    }

    static List<String> none() {
        return List.of();
    }
}
