package org.bilateral.extraction.reading;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * "On the sidelines of the round": an event held beside a negotiation round belongs to that round and to its talks,
 * the round the sentence numbers or else the only one the report tells of.
 */
final class EventSidelines {

    private static final Pattern SIDELINES = Pattern.compile("(?i)\\bon the sidelines\\b");

    private EventSidelines() {
    }

    /** Sets the draft's round and talks when its sentence tells it was held on a round's sidelines. */
    static void place(EventDraft d, String text, Integer round, Map<Integer, EventDraft> rounds) {
        if (SIDELINES.matcher(text).find()) {
            d.sidelinesOf = round != null ? round : rounds.size() == 1 ? rounds.keySet().iterator().next() : null;
            d.talks = d.sidelinesOf == null ? null : rounds.get(d.sidelinesOf).talks;
        }
    }
}
