package org.bilateral.worldjob.screen;

import java.util.List;

/** The part a row of the store plays in the route, as the job's SQL names it. */
final class Roles {

    /** The destination's imports from the origin, and the origin's exports to it (its mirror). */
    static final String ORIGIN_TO_DESTINATION = "od";
    static final String ORIGIN_TO_DESTINATION_MIRRORED = "do";
    static final String ORIGIN_TO_WORLD = "ow";
    static final String DESTINATION_FROM_WORLD = "dw";
    static final String HUB_TO_DESTINATION = "hd";
    static final String ORIGIN_TO_HUB = "oh";
    static final String ORIGIN_TO_HUB_MIRRORED = "ho";
    static final String HUB_REPORTS_EXPORTS = "hx";
    static final String HUB_TO_WORLD = "hw";

    static final List<String> SHARED = List.of(ORIGIN_TO_DESTINATION, ORIGIN_TO_DESTINATION_MIRRORED, ORIGIN_TO_WORLD, DESTINATION_FROM_WORLD);

    private Roles() {
    }
}
