package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.PressReleaseReader.Steps;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * The trained events model: whether a sentence reports an engagement that happened, and of which kind (none, meeting,
 * call, visit, business_forum, signing, negotiation_round, other). It reads the sentence's words and word pairs, the
 * cues reports tell events by, verbs or nouns ("met", "during talks", "while receiving", "is in Seoul this week"),
 * whether it speaks of the future ("will meet"), whether it gives a day, how many people and organisations it names and
 * where it stands in the story. Learnt from the gold by {@link EventLabels}.
 */
final class EventModel {

    static final String FILE = "events.bin";
    static final String NONE = "none";

    /**
     * The cues reports tell events by, each a feature of its own; {@link RoleModel} measures a mention's distance to the
     * nearest of those that name the engagement, and {@link EventLabels} asks for one of them before it calls a sentence
     * an event's.
     */
    static final Map<String, Pattern> CUES = new LinkedHashMap<>();
    /** The cues that name the engagement itself (the others say how it is told: future, speech, a day). */
    static final List<String> ENGAGEMENT_CUES = new ArrayList<>();
    /** Words without which a cue cannot match: a plain search first spares most sentences most patterns. */
    private static final Map<String, String[]> HINTS = new LinkedHashMap<>();

    static {
        engagement("met", new String[] {"met", "meet"}, "\\b(?:met|meets|meet)\\b");
        engagement("held_talks", new String[] {"held", "hold", "had", "has", "have", "conducted"}, "\\b(?:held|holds|hold|had|has|have|conducted)\\s+(?:[\\w-]+\\s+){0,3}?(?:talks|meetings?|discussions?|consultations?|dialogue|session)\\b");
        engagement("during_talks", new String[] {"talks", "meeting", "discussion", "consultation", "dialogue"}, "\\b(?:during|in|at|after|before|following|on the sidelines of)\\s+(?:the|their|a|an|his|her|its)?\\s*(?:[\\w-]+\\s+){0,3}?(?:talks|meetings?|discussions?|consultations?|dialogue)\\b");
        engagement("meeting", new String[] {"meeting"}, "\\bmeetings?\\b");
        engagement("talks", new String[] {"talks"}, "\\btalks\\b");
        engagement("receiving", new String[] {"receiv", "host", "welcom"}, "\\b(?:while|when)\\s+receiving\\b|\\b(?:received|receives|hosted|hosts|welcomed|welcomes)\\b");
        engagement("between", new String[] {"between"}, "\\b(?:meeting|talks|call|conversation)\\s+between\\b");
        engagement("in_city_this_week", new String[] {"week"}, "\\b(?:is|was|are|were)\\s+in\\s+\\p{Lu}[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}.-]+)?\\s+(?:this|last)\\s+week\\b");
        engagement("visit", new String[] {"visit"}, "\\bvisit(?:s|ed|ing)?\\b|\\bstate visit\\b|\\bofficial visit\\b");
        engagement("chaired", new String[] {"chair"}, "\\bco-?chair(?:ed|s|ing)?\\b|\\bchaired\\b");
        engagement("call", new String[] {"phone", "video", "spoke", "call"}, "\\b(?:phone|telephone|video)\\s+(?:call|conversation|talks?)\\b|\\bspoke\\s+(?:by|over)\\b|\\bcall\\b");
        engagement("round", new String[] {"round", "negotiating session"}, "\\bround\\b|\\bnegotiating session\\b");
        engagement("ordinal_round", new String[] {"round"}, "\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+)?round\\b");
        engagement("forum", new String[] {"forum", "conference", "roundtable", "summit", "expo", "trade mission"}, "\\b(?:forum|business conference|roundtable|investment summit|business summit|expo|trade mission)\\b|\\binvestment\\s+summit\\b");
        engagement("gathering", new String[] {"summit", "workshop", "seminar", "conference", "symposium", "webinar", "ceremony"}, "\\b(?:summit|workshop|seminar|conference|symposium|webinar|ceremony)\\b");
        engagement("signing", new String[] {"sign", "inked", "memorand", "mou"}, "\\b(?:signed|signing|inked)\\b|\\b(?:memorandum|mou|mous)\\b");
        engagement("negotiation", new String[] {"negotiat"}, "\\bnegotiat\\w*\\b");
        engagement("delegation", new String[] {"delegation", "led by", "headed by"}, "\\bdelegation\\b|\\bled by\\b|\\bheaded by\\b");
        cue("future", new String[] {"will", "shall", "plan", "expected", "scheduled", "set to", "going to", "intend", "to be held", "upcoming", "next "}, "\\b(?:will|shall|plans? to|planning to|expected to|scheduled to|set to|going to|intends? to|to be held|upcoming|next (?:week|month|year))\\b");
        cue("agreed", new String[] {"agreed", "discussed", "exchanged views", "reaffirmed", "pledged", "signed"}, "\\b(?:agreed|discussed|exchanged views|reaffirmed|pledged|signed)\\b");
        cue("said", new String[] {"said", "says", "told", "added", "noted", "stressed", "according to"}, "\\b(?:said|says|told|added|noted|stressed|according to)\\b");
        cue("amid", new String[] {"amid", "despite", "over"}, "\\b(?:amid|despite|over)\\b");
        cue("day_word", new String[] {"day", "this week", "last week", "earlier this month"}, "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|this week|last week|earlier this month)\\b");
        cue("past_event", new String[] {"last ", "previously", "in "}, "\\b(?:last (?:met|year|month)|previously|in \\d{4})\\b");
    }

    private static void engagement(String name, String[] hints, String regex) {
        cue(name, hints, regex);
        ENGAGEMENT_CUES.add(name);
    }

    private static void cue(String name, String[] hints, String regex) {
        CUES.put(name, Pattern.compile("(?i)" + regex));
        HINTS.put(name, hints);
    }

    /** Whether the cue matches the sentence ({@code lower} is its text in lower case). */
    static boolean cued(String name, String text, String lower) {
        for (String hint : HINTS.get(name)) {
            if (lower.contains(hint)) {
                return CUES.get(name).matcher(text).find();
            }
        }
        return false;
    }

    /** One sentence as the model reads it, with what the reader's steps found in it. */
    record Context(Sentence sentence, List<Token> tokens, List<Ref> refs, int bodyIndex, boolean dated, List<int[]> cues) {

        /** The context with the spans of its engagement cues found once, as every mention of it is measured against them. */
        static Context of(Sentence sentence, List<Token> tokens, List<Ref> refs, int bodyIndex, boolean dated) {
            // no mention of a sentence naming no one is ever measured against its cues
            boolean someone = refs.stream().anyMatch(r -> !r.affiliation());
            return new Context(sentence, tokens, refs, bodyIndex, dated, someone ? cueSpans(sentence.text()) : List.of());
        }

        String text() {
            return sentence.text();
        }

        /** Whether anyone the sentence names could take part: a sentence naming no one is no event the reader can use. */
        boolean namesSomeone() {
            return refs.stream().anyMatch(r -> !r.affiliation());
        }
    }

    /** What the model says of a sentence: its likeliest event kind, and the probability it reports any event at all. */
    record Verdict(String kind, double kindProbability, double event) {

        @Nullable EngagementKind engagement() {
            return kind.equals(NONE) ? null : EngagementKind.parse(kind);
        }
    }

    private final @Nullable MaxentModel model;

    private EventModel(@Nullable MaxentModel model) {
        this.model = model;
    }

    /** A model that has learnt nothing: it has no opinion, so the reader keeps to its rules. */
    static EventModel untrained() {
        return new EventModel(null);
    }

    static EventModel shipped() {
        return new EventModel(Maxent.load(ReaderModels.RESOURCES + FILE));
    }

    /** Learnt from these labelled sentences, each labelled with its kind's code or {@link #NONE}. */
    static EventModel train(List<EventLabels.SentenceLabel> labels) {
        List<Event> examples = new ArrayList<>();
        for (EventLabels.SentenceLabel l : labels) {
            examples.add(new Event(l.kind(), features(l.context())));
        }
        return new EventModel(Maxent.train(examples));
    }

    boolean trained() {
        return model != null;
    }

    /** The trained model: the reader asks only a {@link #trained()} one, so an untrained one here is the caller's mistake. */
    private MaxentModel trainedModel() {
        if (model == null) {
            throw new IllegalStateException("the event model has learnt nothing");
        }
        return model;
    }

    void save(Path directory) {
        Maxent.save(model, directory.resolve(FILE));
    }

    /**
     * The model's kind for a sentence is the likeliest of the event kinds, whatever the probability of none: whether it is
     * an event at all is {@link Verdict#event}, which the reader compares with its own threshold.
     */
    Verdict judge(Context c) {
        MaxentModel trained = trainedModel();
        double[] p = trained.eval(features(c));
        String best = NONE;
        double bestP = -1;
        for (int i = 0; i < p.length; i++) {
            if (!trained.getOutcome(i).equals(NONE) && p[i] > bestP) {
                best = trained.getOutcome(i);
                bestP = p[i];
            }
        }
        return new Verdict(best, Math.max(bestP, 0), 1 - Maxent.probability(trained, p, NONE));
    }

    /** The sentences of a read text as the model reads them. */
    static List<Context> contexts(Steps steps, @Nullable LocalDate published) {
        List<Context> out = new ArrayList<>();
        int body = 0;
        for (int i = 0; i < steps.sentences().size(); i++) {
            Sentence s = steps.sentences().get(i);
            List<Ref> refs = steps.refs().get(i);
            // the dates of a sentence naming no one are not looked for: it is never judged, and reading dates costs time
            boolean dated = false;
            if (refs.stream().anyMatch(r -> !r.affiliation())) {
                int datelineEnd = Datelines.end(s.text());
                dated = Dates.in(s.text(), published).stream().anyMatch(f -> !f.reporting() && f.start() >= datelineEnd);
            }
            out.add(Context.of(s, steps.tokens().get(i), refs, s.headline() ? -1 : body++, dated));
        }
        return out;
    }

    static String[] features(Context c) {
        List<String> f = new ArrayList<>();
        String previous = "<s>";
        for (Token t : c.tokens()) {
            if (!t.word()) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            f.add("w=" + w);
            f.add("b=" + previous + "_" + w);
            previous = w;
        }
        boolean future = false;
        int engagementCues = 0;
        String lower = c.text().toLowerCase(Locale.ROOT);
        for (String cue : CUES.keySet()) {
            if (cued(cue, c.text(), lower)) {
                f.add("cue=" + cue);
                future |= cue.equals("future");
                engagementCues += ENGAGEMENT_CUES.contains(cue) ? 1 : 0;
            }
        }
        long people = c.refs().stream().filter(r -> r.person() && !r.affiliation()).map(Ref::name).distinct().count();
        long organisations = c.refs().stream().filter(r -> !r.person() && !r.affiliation()).map(Ref::name).distinct().count();
        f.add("people=" + Math.min(people, 3));
        f.add("organisations=" + Math.min(organisations, 3));
        f.add("dated=" + c.dated());
        f.add("position=" + (c.bodyIndex() < 0 ? "headline" : c.bodyIndex() == 0 ? "lead" : c.bodyIndex() < 3 ? "early" : "body"));
        // the combinations a linear model cannot make by itself: a cue with two people, a cue told in the future
        f.add("cues_people=" + Math.min(engagementCues, 2) + "_" + Math.min(people, 2));
        if (engagementCues > 0) {
            f.add("cue_tense=" + (future ? "future" : "past"));
            f.add("cue_dated=" + c.dated());
        }
        return f.toArray(String[]::new);
    }

    /** Where in a sentence the engagement cues match: the roles model measures each mention against the nearest. */
    static List<int[]> cueSpans(String text) {
        List<int[]> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : ENGAGEMENT_CUES) {
            if (!cued(name, text, lower)) {
                continue;
            }
            Matcher m = CUES.get(name).matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }
}
