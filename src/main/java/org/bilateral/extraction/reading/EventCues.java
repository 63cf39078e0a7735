package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Cast.Ref;

/**
 * The event cues: where a sentence reports an event and of what kind, by the verbs and nouns reports use for them
 * ("met with", "spoke by phone with", "convened a workshop", "signed an agreement"), an event told as planned ("will
 * meet") not counting.
 */
final class EventCues {

    private static final Pattern MEETING = Pattern.compile(
            "\\b(?:held|holds|hold|holding|had|has|have|conducted|chaired|co-chaired|chairs|attended)\\s+(?:(?:a|an|the|separate|several|two|three|bilateral|high-level|working|official|private|closed-door|in-depth|online|virtual|courtesy|separate|further|another|productive|fruitful|frank)\\s+)*"
                    + "(?:[\\w.'’-]+\\s+){0,4}?(?:meeting|meetings|Meeting|session|sessions|talks|Talks|discussion|discussions|dialogue|Dialogue|exchange|conversation|consultations?|reception)\\b"
                    + "|\\b(?:after|before|while|when)\\s+meeting\\s+(?:with\\s+)?(?=\\p{Lu})"
                    + "|\\b(?:met|meets)\\b(?:\\s+with)?|\\b(?:received|receives|hosted|hosts|hosting)\\s+(?:a\\s+(?:[\\w-]+\\s+){0,2}?delegation\\s+(?:of|from)\\s+(?:the\\s+)?|visiting\\s+)?(?=\\p{Lu})"
                    + "|\\bpaid\\s+a\\s+courtesy\\s+(?:call|visit)\\s+(?:on|to)\\b|\\bsat down with\\b"
                    + "|\\b(?:was|were)\\s+(?:\\w+\\s+)?(?:received|hosted|welcomed)\\s+by\\b");
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(?:phone|telephone|video)\\s+(?:call|conversation|talks?|meeting|conference)\\b|\\b(?:virtual|online)\\s+(?:call|conversation)\\b|\\bspoke\\s+(?:by|over\\s+the)\\s+(?:tele)?phone\\b"
                    + "|\\b(?:spoke|speaks|talked)\\s+(?:\\w+\\s+){0,2}?with\\b"
                    + "|\\b(?:their|a|an|his|her|the)\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2}|recent|earlier|brief|introductory|productive|first)\\s+){0,3}call\\b(?!\\s+(?:for|to|on)\\b)");
    private static final Pattern VISIT = Pattern.compile(
            "\\b(?:paid|pays|paying|made|makes|making|began|begins|concluded|concludes|is on|was on|are on|were on)\\s+(?:a|an|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,3}?visit\\s+to\\b|\\bvisited\\b"
                    // "is in Seoul this week", "was in Jakarta on Monday for talks": a visit under way or just made
                    + "|\\b(?:is|are|was|were)\\s+(?:also\\s+)?in\\b(?=\\s+\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.]*){0,2},?\\s+"
                    + "(?:this week|last week|this month|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|for (?:talks|meetings|a (?:[\\w-]+\\s+){0,2}visit)|on (?:a|an|his|her|their) (?:[\\w-]+\\s+){0,2}visit)\\b)");
    /** "during a state visit to Japan", "on his official visit": a visit told beside what was done during it. */
    private static final Pattern DURING_VISIT = Pattern.compile(
            "\\b(?:(?:[Dd]uring|[Ii]n the course of)\\s+(?:a|an|his|her|their|the)|[Oo]n\\s+(?:a|an|his|her|their))\\s+(?:[\\w-]+\\s+){0,3}?visit(?:\\s+(?:to|in))?\\b");
    private static final Pattern FORUM = Pattern.compile(
            "(?i)\\b(?:attended|addressed|spoke at|opened|co-chaired|chaired|held|hosted|co-hosted|organised|organized|co-organised|took part in|joined)\\s+(?:a|an|the)\\s+(?:[\\w.–-]+\\s+){0,5}?"
                    + "(?:forum|business conference|investment conference|roundtable|business dialogue|investment promotion|(?:investment|business|CEO|trade and investment|economic)\\s+summit)");
    /** Workshops, seminars, conferences and summits: "other" events, each known again by its noun ("the workshop"). */
    private static final Pattern GATHERING = Pattern.compile(
            "(?i)\\b(?:convened|held|hosted|co-hosted|organised|organized|co-organised|co-organized|opened|chaired|co-chaired|attended|took part in|joined|addressed)"
                    + "\\s+(?:a|an|the)\\s+(?:[\\w–-]+\\s+){0,5}?(workshop|seminar|conference|symposium|summit|training|webinar|consultation)s?\\b");
    private static final Pattern SIGNING = Pattern.compile(
            "\\b(?:signed|inked)\\s+(?:a|an|the|two|three|four|five|\\d+|several|multiple|many)\\b|\\b(?:was|were)\\s+(?:also\\s+)?signed\\b|\\bsigning ceremony\\b|\\bwitnessed the signing\\b|\\bexchanged\\s+(?:\\w+\\s+){0,3}(?:agreements|documents|MOUs|memoranda)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|shall|to|plans? to|planning to|expected to|scheduled to|going to|intends? to|aims? to|set to)\\s+(?:\\w+\\s+)?$");

    private static final Set<String> EVENT_NOUNS = Set.of("workshop", "seminar", "conference", "symposium", "summit", "training",
            "webinar", "consultation", "meeting", "talks", "session", "discussion", "discussions", "dialogue", "forum", "roundtable", "call");

    /** Words without which a kind's pattern cannot match: a plain search first spares most sentences the patterns. */
    private static final Map<EngagementKind, List<String>> HINTS = Map.of(
            EngagementKind.CALL, List.of("phone", "video", "virtual", "online", "spoke", "speaks", "talked", "call"),
            EngagementKind.OTHER, List.of("workshop", "seminar", "conference", "symposium", "summit", "training", "webinar", "consultation"),
            EngagementKind.SIGNING, List.of("sign", "inked", "exchanged"),
            EngagementKind.BUSINESS_FORUM, List.of("forum", "conference", "roundtable", "dialogue", "promotion", "summit"),
            EngagementKind.MEETING, List.of("held", "hold", "had ", "has ", "have ", "conducted", "chair", "attended", "met ", "met,",
                    "meets", "receive", "host", "courtesy", "sat down", "meeting"),
            EngagementKind.VISIT, List.of("visit", "is in ", "are in ", "was in ", "were in ", "also in "));

    /** "visited Jakarta on 22 September, where he held talks with ...": the subject acts again in a clause of its own. */
    private static final Pattern WHERE_THEN = Pattern.compile(",\\s+(?:where|during which|after which|and)\\s+(?:he|she|they|it)\\s+(?:also\\s+)?$");

    /** "..., he said, after meeting X in Washington": the speaker's own meeting, told in passing. */
    private static final Pattern SAID_AFTER = Pattern.compile(",\\s+(?:he|she|they)\\s+(?:said|added|noted|stressed|told reporters)\\s*,?\\s*$");

    private static final Pattern AND_THEN = Pattern.compile("\\s(?:and|before|then)\\s+(?:also\\s+|then\\s+|later\\s+)?$");

    private static final Pattern TOGETHER = Pattern.compile("\\b(?:agreed|discussed|exchanged views|reaffirmed|pledged|vowed|affirmed)\\b");

    /**
     * Where an event is reported in a sentence. {@code noun} names a gathering ("workshop"), and {@code definite} says the
     * report refers back to one it has named ("chaired the workshop").
     */
    record Cue(EngagementKind kind, int start, int end, String noun, boolean definite) {
    }

    private EventCues() {
    }

    /** The first event the sentence reports as having happened, or null. */
    static @Nullable Cue first(String text) {
        Cue best = null;
        String lower = text.toLowerCase(Locale.ROOT);
        // A call last: "had a phone conversation" is a call however early "had" begins a meeting's wording.
        for (Map.Entry<EngagementKind, Pattern> e : List.of(Map.entry(EngagementKind.SIGNING, SIGNING), Map.entry(EngagementKind.BUSINESS_FORUM, FORUM),
                Map.entry(EngagementKind.OTHER, GATHERING), Map.entry(EngagementKind.MEETING, MEETING), Map.entry(EngagementKind.VISIT, VISIT),
                Map.entry(EngagementKind.CALL, CALL))) {
            if (HINTS.get(e.getKey()).stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                if (FUTURE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    continue;
                }
                if (best == null || m.start() < best.start() || (e.getKey() == EngagementKind.CALL && m.start() <= best.end())) {
                    String matched = m.group().toLowerCase(Locale.ROOT);
                    String noun = e.getKey() == EngagementKind.OTHER ? m.group(1).toLowerCase(Locale.ROOT)
                            : matched.substring(matched.lastIndexOf(' ') + 1);
                    // "chaired the workshop", "also attended the meeting": the report returns to an event it has told
                    boolean definite = matched.matches(".*\\bthe\\s+(?:[\\w-]+\\s+)?" + Pattern.quote(noun) + "$") && EVENT_NOUNS.contains(noun);
                    best = new Cue(e.getKey(), m.start(), m.end(), noun, definite);
                }
                break;
            }
        }
        return best;
    }

    /**
     * "President A met Prime Minister B during a state visit to Thailand": the visit the sentence's events took place in,
     * when its cues tell of none. Its visitor is the subject of the sentence's first cue, not those met.
     */
    static @Nullable Cue duringVisit(String text, List<Cue> chain) {
        if (chain.stream().anyMatch(c -> c.kind() == EngagementKind.VISIT) || !text.contains("visit")) {
            return null;
        }
        Matcher m = DURING_VISIT.matcher(text);
        while (m.find()) {
            if (!FUTURE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return new Cue(EngagementKind.VISIT, m.start(), m.end(), "visit", false);
            }
        }
        return null;
    }

    /**
     * The cue and those joined to it by "and" that have objects of their own: "held talks with Y and attended a
     * working session with Z" is two events of one subject.
     */
    static List<Cue> chained(String text, Cue first) {
        List<Cue> chain = new ArrayList<>(List.of(first));
        Cue at = first;
        while (at.end() < text.length()) {
            Cue next = first(text.substring(at.end()));
            if (next == null) {
                break;
            }
            int start = at.end() + next.start();
            String between = text.substring(at.end(), start);
            if (!AND_THEN.matcher(between).find() || between.contains(",") && !between.matches("(?s).*,\\s+and\\s+(?:also\\s+|then\\s+|later\\s+)?$")) {
                if (!WHERE_THEN.matcher(between).find() && !SAID_AFTER.matcher(between).find()) {
                    break;
                }
            }
            at = new Cue(next.kind(), start, at.end() + next.end(), next.noun(), next.definite());
            chain.add(at);
        }
        return chain;
    }

    /**
     * "Japan's Minister X and U.S. Secretary Y agreed on Thursday to ...": two people who agree or discuss together met,
     * though the report names no meeting. The caller asks only where no event was told just before, which they would be
     * continuing.
     */
    static @Nullable Cue agreedTogether(String text, List<Ref> here) {
        Matcher m = TOGETHER.matcher(text);
        if (!m.find()) {
            return null;
        }
        long before = here.stream().filter(r -> r.person() && r.end() <= m.start()).map(Ref::name).distinct().count();
        String between = text.substring(0, m.start());
        return before >= 2 && between.contains(" and ") ? new Cue(EngagementKind.MEETING, m.start(), m.end(), null, false) : null;
    }
}
