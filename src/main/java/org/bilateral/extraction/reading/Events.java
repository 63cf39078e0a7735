package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.EventCues.Cue;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.shared.ReportedDate;

/**
 * The events step: the meetings, calls, visits, forums, workshops, signings and negotiation rounds a report says took
 * place, each from the sentence that reports it, with the participants around it, its date, place and topics. A
 * report that returns to an event ("the workshop", "the two leaders also discussed") adds to it rather than making
 * another. Each part is a rule of its own file:
 * <ol>
 *   <li>{@link EventCues}: where a sentence reports an event and of what kind, and the events chained to it;</li>
 *   <li>{@link EventRounds}: the negotiation round a sentence numbers;</li>
 *   <li>{@link EventParticipants}: who took part;</li>
 *   <li>{@link EventDating} and {@link EventPlaces}: when and where;</li>
 *   <li>{@link EventSidelines}: the round an event was held beside;</li>
 *   <li>{@link EventTopics}: what it was about;</li>
 *   <li>{@link EventMerging}: one event however often the report returns to it.</li>
 * </ol>
 */
final class Events {

    /** Sentences after an event within which "X led the delegation" still tells of it. */
    private static final int NEAR = 3;

    private Events() {
    }



    static List<Extraction.Event> of(List<Sentence> sentences, List<List<Ref>> refs, Cast doc, LocalDate published) {
        List<EventDraft> drafts = new ArrayList<>();
        Map<Integer, EventDraft> rounds = new LinkedHashMap<>();
        String focus = null;
        String lastNamed = null;
        EventDraft last = null;
        int lastSentence = -10;
        // What "the day before" counts from: the date of the event told last, else the publication date.
        ReportedDate reference = published == null ? null : ReportedDate.of(published);
        for (int i = 0; i < sentences.size(); i++) {
            Work.checkpoint();
            Sentence s = sentences.get(i);
            if (s.headline()) {
                continue;
            }
            String text = s.text();
            List<Ref> here = refs.get(i);
            Integer round = EventRounds.of(text);
            Cue found = EventCues.first(text);
            // "hold the second negotiation session": the round itself, not a meeting beside it
            Cue told = found != null && round != null && EventRounds.numbers(text.substring(found.start(), found.end())) ? null : found;
            Cue cue = told == null && round == null && (last == null || i - lastSentence > NEAR) ? EventCues.agreedTogether(text, here) : told;
            if (round == null && rounds.size() == 1 && EventRounds.unnumbered(text)) {
                round = rounds.keySet().iterator().next();
            }
            List<Dates.Found> dates = EventDating.in(text, published);
            if (round != null && !rounds.containsKey(round)) {
                EventDraft r = new EventDraft(EngagementKind.NEGOTIATION_ROUND, s);
                r.round = round;
                r.talks = Sides.talks(text, doc.countriesInText(), doc.ownSide);
                if (cue == null) {
                    EventDating.date(r, dates);
                    r.place = EventPlaces.in(text, doc);
                    reference = r.date != null ? r.date : reference;
                }
                rounds.put(round, r);
                drafts.add(r);
                if (cue == null) {
                    last = r; // "X led the delegation" in the sentences after tells who took part
                    lastSentence = i;
                }
            }
            if (cue == null) {
                if (last != null && i - lastSentence <= NEAR && EventParticipants.join(text)) {
                    EventParticipants.joinLast(last, here);
                    last.addEvidence(s);
                }
                lastNamed = here.stream().filter(Ref::person).map(Ref::name).findFirst().orElse(lastNamed);
                continue;
            }
            List<Ref> cast = EventParticipants.groupsAsTheLastEvent(here, last, i - lastSentence <= NEAR);
            List<Cue> chain = EventCues.chained(text, cue);
            int clause = EventParticipants.clauseStart(text, cue.start());
            boolean joins = EventParticipants.join(text);
            for (int k = 0; k < chain.size(); k++) {
                Cue at = chain.get(k);
                int until = k + 1 < chain.size() ? chain.get(k + 1).start() : text.length();
                EventDraft d = new EventDraft(at.kind(), s);
                d.noun = at.noun();
                d.definite = at.definite();
                EventParticipants.take(d, text, cast, cue, at, until, k + 1 == chain.size(), clause, joins, focus, lastNamed);
                if (focus == null) {
                    focus = cast.stream().filter(r -> r.person() && r.end() <= cue.start()).map(Ref::name).findFirst().orElse(null);
                }
                EventDating.date(d, dates, text, at.start(), reference);
                reference = d.date != null ? d.date : reference;
                d.place = at.kind() == EngagementKind.VISIT ? EventPlaces.visited(text, at, doc) : EventPlaces.in(text, doc);
                EventSidelines.place(d, text, round, rounds);
                drafts.add(d);
                last = d;
            }
            Cue during = EventCues.duringVisit(text, chain);
            if (during != null) {
                EventDraft v = new EventDraft(EngagementKind.VISIT, s);
                EventParticipants.visitor(v, text, cast, cue, clause, focus, lastNamed);
                EventDating.date(v, dates);
                v.place = EventPlaces.visited(text, during, doc);
                drafts.add(v);
            }
            lastSentence = i;
            lastNamed = here.stream().filter(Ref::person).map(Ref::name).findFirst().orElse(lastNamed);
        }
        EventTopics.assign(drafts, sentences);
        return EventMerging.merged(drafts);
    }
}
