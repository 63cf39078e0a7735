package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.shared.ReportedDate;

/**
 * One event however often the report returns to it: the same kind, compatible dates, and either no participants of its
 * own ("The signing ceremony was held ..."), a definite noun ("chaired the workshop"), or two participants in common
 * with one's participants containing the other's.
 */
final class EventMerging {

    private EventMerging() {
    }

    static List<Extraction.Event> merged(List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        // Only an event of the same kind can be the same event: each draft is compared with those alone.
        Map<EngagementKind, List<EventDraft>> keptOfKind = new EnumMap<>(EngagementKind.class);
        for (EventDraft d : drafts) {
            EventDraft same = null;
            List<EventDraft> sameKind = keptOfKind.computeIfAbsent(d.kind, k -> new ArrayList<>());
            if (d.participants.isEmpty() && d.kind != EngagementKind.NEGOTIATION_ROUND) {
                // "The signing ceremony was held ...": the report returns to an event it has already named.
                for (EventDraft k : sameKind) {
                    if (compatible(k.date, d.date)) {
                        same = k;
                    }
                }
            }
            if (same == null && d.definite) {
                // "Mr. X chaired the workshop": the report returns to the workshop it has just named.
                for (EventDraft k : sameKind) {
                    if ((d.noun.equals(k.noun) || d.kind != EngagementKind.OTHER) && compatible(k.date, d.date)) {
                        same = k;
                    }
                }
            }
            for (EventDraft k : sameKind) {
                if (same != null) {
                    break;
                }
                if (k.kind != EngagementKind.NEGOTIATION_ROUND && compatible(k.date, d.date)
                        && sharedGuests(k, d) && (k.participants.containsAll(d.participants) || d.participants.containsAll(k.participants))) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(d);
                sameKind.add(d);
            } else {
                same.participants.addAll(d.participants);
                same.people.addAll(d.people);
                if (same.date == null) {
                    same.date = d.date;
                }
                if (same.place == null) {
                    same.place = d.place;
                }
                same.topics.addAll(d.topics);
                same.addEvidence(d.sentence);
            }
        }
        List<Extraction.Event> events = new ArrayList<>();
        for (EventDraft d : kept) {
            events.add(new Extraction.Event(d.kind, d.date, d.until, d.place, d.round, d.talks, List.copyOf(d.participants),
                    List.copyOf(d.topics), d.sidelinesOf, d.evidence(), Confidence.RULES));
        }
        return events;
    }

    private static boolean sharedGuests(EventDraft a, EventDraft b) {
        Set<String> common = new LinkedHashSet<>(a.participants);
        common.retainAll(b.participants);
        return common.size() >= 2;
    }

    private static boolean compatible(ReportedDate a, ReportedDate b) {
        return a == null || b == null || a.equals(b);
    }
}
