package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.EventModel.Context;
import org.bilateral.extraction.reading.PressReleaseReader.Steps;

/**
 * The labels the events and roles models learn from, derived from the corpus's gold, which gives each event's kind,
 * dates, places and participants but not the sentence that reports it. Each document is read by the reader's own steps
 * (clean text, sentences, words, names, cast), then:
 * <ul>
 *   <li>a sentence reports a gold event when it names at least one of the event's participants (a mention the cast
 *       resolved to one of the participant's gold spellings, or a spelling of two words or more found in the text) and
 *       either an engagement cue of {@link EventModel#CUES} not told in the future, or the event's day or place. A
 *       sentence that so reports events of two different kinds is <em>ambiguous</em>: it takes the kind of the event
 *       with the most participants named in it, the first in the gold on a tie, and is counted. A headline is labelled
 *       like any sentence. Every other sentence is {@link EventModel#NONE}.</li>
 *   <li>in a sentence that reports events, each person or organisation the cast resolved there (affiliations aside)
 *       is a participant when one of those events' gold participants is spelt as its name, and only mentioned
 *       otherwise.</li>
 * </ul>
 */
final class EventLabels {

    record SentenceLabel(Context context, String kind) {
    }

    record RoleLabel(Context context, Ref mention, boolean participant) {
    }

    /** How many of each label the derivation gave: the README reports them. */
    record Counts(int sentences, int eventSentences, int ambiguous, int participants, int mentioned, int goldEvents, int goldEventsFound) {
    }

    final List<SentenceLabel> sentences = new ArrayList<>();
    final List<RoleLabel> roles = new ArrayList<>();
    private int ambiguous;
    private int goldEvents;
    private int goldEventsFound;

    private EventLabels() {
    }

    /** Labels read with the mentions model trained on the same documents (none: the rules' names alone). */
    static EventLabels of(List<CorpusDocument> documents, @org.jspecify.annotations.Nullable MentionModel mentions) {
        EventLabels out = new EventLabels();
        java.util.function.Function<String, Steps> reader = PressReleaseReader.forLabelling(mentions);
        for (CorpusDocument d : documents) {
            out.label(reader, d);
        }
        return out;
    }

    Counts counts() {
        int events = (int) sentences.stream().filter(s -> !s.kind().equals(EventModel.NONE)).count();
        int participants = (int) roles.stream().filter(RoleLabel::participant).count();
        return new Counts(sentences.size(), events, ambiguous, participants, roles.size() - participants, goldEvents, goldEventsFound);
    }

    private void label(java.util.function.Function<String, Steps> reader, CorpusDocument d) {
        Steps steps = reader.apply(d.text());
        LocalDate published = steps.published() == null ? null : steps.published().toLocalDate();
        List<Context> contexts = EventModel.contexts(steps, published);
        List<GoldDocument.Event> events = d.gold().events();
        boolean[] found = new boolean[events.size()];
        for (Context c : contexts) {
            String text = c.text();
            String normalText = " " + Scoring.norm(text) + " ";
            String lower = text.toLowerCase(Locale.ROOT);
            boolean cue = false;
            boolean future = EventModel.cued("future", text, lower);
            for (String name : EventModel.ENGAGEMENT_CUES) {
                cue |= EventModel.cued(name, text, lower);
            }
            Set<String> days = new LinkedHashSet<>();
            for (Dates.Found f : Dates.in(text, published)) {
                days.add(f.date().toString());
            }
            List<Integer> reported = new ArrayList<>();
            List<Integer> named = new ArrayList<>();
            for (int e = 0; e < events.size(); e++) {
                GoldDocument.Event event = events.get(e);
                int n = 0;
                for (List<String> aliases : event.participants()) {
                    if (named(aliases, c, normalText)) {
                        n++;
                    }
                }
                if (n == 0) {
                    continue;
                }
                boolean day = event.dates().stream().anyMatch(days::contains);
                boolean place = event.places().stream().anyMatch(p -> !p.isBlank() && text.contains(p));
                if (cue && !future || day || place) {
                    reported.add(e);
                    named.add(n);
                    found[e] = true;
                }
            }
            if (reported.isEmpty()) {
                sentences.add(new SentenceLabel(c, EventModel.NONE));
                continue;
            }
            int best = 0;
            for (int k = 1; k < reported.size(); k++) {
                if (named.get(k) > named.get(best)) {
                    best = k;
                }
            }
            if (reported.stream().map(e -> kind(events.get(e))).distinct().count() > 1) {
                ambiguous++;
            }
            sentences.add(new SentenceLabel(c, kind(events.get(reported.get(best)))));
            for (Ref r : c.refs()) {
                if (r.affiliation()) {
                    continue;
                }
                boolean participant = reported.stream().anyMatch(e -> events.get(e).participants().stream()
                        .anyMatch(aliases -> aliases.stream().anyMatch(a -> spelt(r, a))));
                roles.add(new RoleLabel(c, r, participant));
            }
        }
        goldEvents += events.size();
        for (boolean f : found) {
            goldEventsFound += f ? 1 : 0;
        }
    }

    private static boolean named(List<String> aliases, Context c, String normalText) {
        for (String a : aliases) {
            String key = Scoring.norm(a);
            if (key.isEmpty()) {
                continue;
            }
            if (c.refs().stream().anyMatch(r -> spelt(r, a)) || key.contains(" ") && normalText.contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Words of address the cast may keep in a name ("The Honourable Mary Ng") and the gold leaves out. */
    private static final Set<String> ADDRESS = Set.of("the", "honourable", "honorable", "his", "her", "excellency", "h", "e", "mr", "mrs", "ms",
            "dr", "madam", "sheikh", "hon");

    /**
     * Whether a mention is spelt as one of a participant's gold spellings: the same words once words of address are
     * left out, or for a person a run of the spelling's words ("Lee" of "Lee Hsien Loong", "Mahuta" of "Nanaia
     * Mahuta"), as a report calls a person again by part of the name.
     */
    static boolean spelt(Ref r, String alias) {
        List<String> mention = words(r.name());
        List<String> gold = words(alias);
        if (mention.isEmpty() || gold.isEmpty()) {
            return false;
        }
        if (mention.equals(gold)) {
            return true;
        }
        return r.person() && java.util.Collections.indexOfSubList(gold, mention) >= 0;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Scoring.norm(name).split(" ")) {
            if (!w.isEmpty() && !ADDRESS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String kind(GoldDocument.Event e) {
        String k = e.kind() == null ? "" : e.kind().strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (k) {
            case "meeting", "call", "visit", "business_forum", "signing", "negotiation_round" -> k;
            default -> "other";
        };
    }
}
