package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.shared.ReportedDate;

/**
 * One event however often the report returns to it: the same kind, compatible dates, and either no participants of its
 * own ("The signing ceremony was held ..."), a definite noun ("chaired the workshop"), or two participants in common
 * with one's participants containing the other's.
 *
 * <p>Each draft finds the event it returns to by look-ups rather than by a comparison with every event kept so far: a
 * long report tells of thousands of meetings of one protagonist, and comparing each with all the others took seconds.
 */
final class EventMerging {

    private EventMerging() {
    }

    static List<Extraction.Event> merged(List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        Map<EngagementKind, Kind> kinds = new EnumMap<>(EngagementKind.class);
        for (EventDraft d : drafts) {
            Work.add(1);
            EventDraft same = null;
            // Only an event of the same kind can be the same event.
            Kind sameKind = kinds.computeIfAbsent(d.kind, k -> new Kind());
            if (d.participants.isEmpty() && d.kind != EngagementKind.NEGOTIATION_ROUND) {
                // "The signing ceremony was held ...": the report returns to the last event of the kind it has named.
                same = sameKind.all.latest(d.date);
            }
            if (same == null && d.definite) {
                // "Mr. X chaired the workshop": the report returns to the workshop it has just named.
                same = d.kind != EngagementKind.OTHER ? sameKind.all.latest(d.date)
                        : sameKind.byNoun.computeIfAbsent(d.noun, n -> new Latest(sameKind)).latest(d.date);
            }
            if (same == null) {
                same = sameKind.firstSharing(d);
            }
            if (same == null) {
                kept.add(d);
                sameKind.keep(d);
            } else {
                sameKind.addParticipants(same, d.participants);
                same.people.addAll(d.people);
                if (same.date == null && d.date != null) {
                    sameKind.dated(same, d.date);
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
                    List.copyOf(d.topics), d.sidelinesOf, d.evidence(), Confidence.RULES_EVENTS));
        }
        return events;
    }

    /** The events kept of one kind, in the order told, with the look-ups that find the one a draft returns to. */
    private static final class Kind {
        final List<EventDraft> order = new ArrayList<>();
        final Map<EventDraft, Integer> position = new IdentityHashMap<>();
        final Latest all = new Latest(this);
        /** Gatherings by their noun: "the workshop" returns to a workshop, not to a seminar. */
        final Map<String, Latest> byNoun = new HashMap<>();
        /** The events each participant took part in, in the order kept. */
        final Map<String, List<EventDraft>> byParticipant = new HashMap<>();

        void keep(EventDraft d) {
            position.put(d, order.size());
            order.add(d);
            all.add(d);
            if (d.noun != null) {
                byNoun.computeIfAbsent(d.noun, n -> new Latest(this)).add(d);
            }
            for (String p : d.participants) {
                byParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(d);
            }
        }

        void addParticipants(EventDraft same, Set<String> more) {
            for (String p : more) {
                if (same.participants.add(p)) {
                    byParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(same);
                }
            }
        }

        void dated(EventDraft same, ReportedDate date) {
            all.undate(same);
            Latest ofNoun = same.noun == null ? null : byNoun.get(same.noun);
            if (ofNoun != null) {
                ofNoun.undate(same);
            }
            same.date = date;
            all.add(same);
            if (ofNoun != null) {
                ofNoun.add(same);
            }
        }

        /**
         * The first event kept with two participants in common with the draft, one's participants containing the
         * other's, and a compatible date. Such an event is in the lists of at least two of the draft's participants, so
         * the longest list (the protagonist's, who takes part in everything) need not be read.
         */
        @Nullable EventDraft firstSharing(EventDraft d) {
            if (d.kind == EngagementKind.NEGOTIATION_ROUND || d.participants.size() < 2) {
                return null;
            }
            String longest = null;
            for (String p : d.participants) {
                List<EventDraft> with = byParticipant.get(p);
                if (with != null && (longest == null || with.size() > byParticipant.get(longest).size())) {
                    longest = p;
                }
            }
            TreeSet<Integer> candidates = new TreeSet<>();
            for (String p : d.participants) {
                List<EventDraft> with = byParticipant.get(p);
                if (with != null && !p.equals(longest)) {
                    for (EventDraft k : with) {
                        candidates.add(position.get(k));
                    }
                }
            }
            for (int at : candidates) {
                EventDraft k = order.get(at);
                if (compatible(k.date, d.date) && sharedGuests(k, d)
                        && (k.participants.containsAll(d.participants) || d.participants.containsAll(k.participants))) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The last event kept of a kind (or of a kind and noun), undated or of a given date. */
    private static final class Latest {
        private final Kind kind;
        private final TreeSet<Integer> any = new TreeSet<>();
        private final TreeSet<Integer> undated = new TreeSet<>();
        private final Map<ReportedDate, TreeSet<Integer>> byDate = new HashMap<>();

        Latest(Kind kind) {
            this.kind = kind;
        }

        void add(EventDraft d) {
            int at = kind.position.get(d);
            any.add(at);
            (d.date == null ? undated : byDate.computeIfAbsent(d.date, x -> new TreeSet<>())).add(at);
        }

        void undate(EventDraft d) {
            undated.remove(kind.position.get(d));
        }

        /** The last event whose date is compatible with this one: any event when it is unknown, else an undated or same-dated one. */
        @Nullable EventDraft latest(ReportedDate date) {
            if (date == null) {
                return any.isEmpty() ? null : kind.order.get(any.last());
            }
            TreeSet<Integer> same = byDate.get(date);
            int last = Math.max(undated.isEmpty() ? -1 : undated.last(), same == null || same.isEmpty() ? -1 : same.last());
            return last < 0 ? null : kind.order.get(last);
        }
    }

    private static boolean sharedGuests(EventDraft a, EventDraft b) {
        int common = 0;
        for (String p : b.participants) {
            if (a.participants.contains(p) && ++common >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(ReportedDate a, ReportedDate b) {
        return a == null || b == null || a.equals(b);
    }
}
