package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Cast.Ref;

/**
 * Who took part in an event: the subject of the clause holding its cue and those named in the cue's object ("X met
 * with Y and Z"), those a sentence says joined ("attended by", "led the delegation"), the report's protagonist where
 * the sentence says only "he" or "the minister", and "the two leaders" standing for the people of the event just told.
 */
final class EventParticipants {

    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?i)^(?:participants|attendees|those present)\\s+(?:included|were|include)\\b|\\b(?:featured|included|heard)\\s+(?:\\w+\\s+)?(?:presentations|speakers|remarks|contributions|speeches)\\s+(?:from|by)\\b|\\bled\\s+(?:the|a|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,2}delegation\\b|\\b(?:attended by|with the participation of|joined by|also (?:present|attending|attended)|were also present|was also present|in attendance|in the presence of|witnessed by|led by|delegation (?:comprised|consisted of|included|includes))\\b");
    private static final Pattern OBJECT_END = Pattern.compile(
            "\\s+to\\s+[a-z]|,\\s*(?:delving|discussing|focusing|where|during which|which|who|aiming|seeking|reflecting|highlighting|marking|with a view|as part of|on the sidelines|according|to discuss)"
                    + "|,\\s+(?:the\\s+)?[^,]{0,60}?\\b(?:reported|said|announced|reports|says)\\b|\\s+on the sidelines|\\s+as part of|;|\\s+(?:and|while|where)\\s+(?:discussed|agreed|exchanged|affirmed|said|expressed)|\\s+during\\s+(?:his|her|their|the)\\b");

    private static final List<String> JOINING = List.of("participa", "attend", "present", "presence", "joined", "witness", "led ", "delegation",
            "presentation", "speaker", "remarks", "contribution", "speech");

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");

    /** "met at Parliament House", "in the Ministry of Trade": an organisation named as the place of the event. */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:at|in|inside|outside)\\s+(?:the\\s+)?$");

    /** A clause of its own inside a sentence: ", as the President and the General Secretary discussed on their call". */
    private static final Pattern CLAUSE = Pattern.compile("(?:,|;|—|–)\\s+(?:as|when|after|since|because|while|which|where|adding that|saying that|noting that)\\s+");

    private EventParticipants() {
    }

    /** Whether a sentence tells who else took part ("attended by", "led the delegation"): a plain search before the pattern. */
    static boolean join(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return JOINING.stream().anyMatch(lower::contains) && PARTICIPANTS.matcher(text).find();
    }

    /** Where the clause holding the cue starts: its subject is the event's, not the sentence's. */
    static int clauseStart(String text, int cue) {
        Matcher m = CLAUSE.matcher(text);
        int start = 0;
        while (m.find() && m.end() <= cue) {
            start = m.end();
        }
        return start;
    }

    /**
     * The people and organisations of one event of a sentence. {@code first} is the sentence's first cue, whose subject
     * acts in every event of the chain ("X held talks with Y and attended Z"); {@code at} is this event's, {@code until}
     * where the next event of the chain starts; {@code joins} whether the sentence tells who joined; {@code focus} the
     * report's protagonist so far and {@code lastNamed} the person last named, for "he".
     */
    static void take(EventDraft d, String text, List<Ref> cast, EventCues.Cue first, EventCues.Cue at, int until, boolean lastOfChain,
                     int clause, boolean joins, String focus, String lastNamed) {
        int objectEnd = Math.min(until, objectEnd(text, at.end()));
        Matcher joined = PARTICIPANTS.matcher(text);
        int joinedAt = joins && joined.find(at.end()) ? joined.end() : text.length();
        for (Ref r : cast) {
            if (r.affiliation() || r.start() >= objectEnd && (r.start() < joinedAt || !lastOfChain)) {
                continue;
            }
            boolean takesPart = r.end() <= first.start() ? r.start() >= clause && (r.person() || !r.insidePhrase())
                    : r.start() >= at.end() && (r.person() || !LOCATIVE.matcher(text.substring(Math.max(0, r.start() - 8), r.start())).find());
            if (takesPart) {
                d.participants.add(r.name());
                if (r.person()) {
                    d.people.add(r.name());
                }
            }
        }
        boolean subject = cast.stream().anyMatch(r -> r.end() <= first.start() && r.start() >= clause && !r.affiliation()
                && (r.person() || !r.insidePhrase()));
        // "..., he said, after meeting X": without a protagonist yet, "he" is the person last named before
        String actor = focus != null ? focus : PRONOUN.matcher(text.substring(clause, at.start())).find() ? lastNamed : null;
        if (!subject && actor != null) {
            // "He held ...", "The minister met ...", "Later, ... held ...": the report's protagonist acts.
            LinkedHashSet<String> withFocus = new LinkedHashSet<>();
            withFocus.add(actor);
            withFocus.addAll(d.participants);
            d.participants.clear();
            d.participants.addAll(withFocus);
            d.people.add(actor);
        }
    }

    /**
     * The visitor of a visit told beside the sentence's event ("A met B during a state visit to Thailand"): the subject of
     * the sentence's first cue, else the report's protagonist.
     */
    static void visitor(EventDraft d, String text, List<Ref> cast, EventCues.Cue first, int clause, String focus, String lastNamed) {
        for (Ref r : cast) {
            if (!r.affiliation() && r.end() <= first.start() && r.start() >= clause && (r.person() || !r.insidePhrase())) {
                d.participants.add(r.name());
                if (r.person()) {
                    d.people.add(r.name());
                }
            }
        }
        String actor = focus != null ? focus : PRONOUN.matcher(text.substring(clause, first.start())).find() ? lastNamed : null;
        if (d.participants.isEmpty() && actor != null) {
            d.participants.add(actor);
            d.people.add(actor);
        }
    }

    /** "X led the delegation", "Participants included Y" after an event: those named join it. */
    static void joinLast(EventDraft last, List<Ref> here) {
        for (Ref r : here) {
            if (!r.affiliation()) {
                last.participants.add(r.name());
            }
        }
    }

    /**
     * "The two ministers last met in Geneva": a plural description right after an event stands for that event's people;
     * without one, for everyone whose title fits.
     */
    static List<Ref> groupsAsTheLastEvent(List<Ref> refs, EventDraft last, boolean recent) {
        if (last == null || !recent || refs.stream().noneMatch(Ref::group)) {
            return refs;
        }
        List<Ref> out = new ArrayList<>();
        Ref group = null;
        for (Ref r : refs) {
            if (!r.group()) {
                out.add(r);
            } else if (group == null) {
                group = r;
            }
        }
        for (String name : last.people) {
            out.add(Ref.person(group.start(), group.end(), name));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static int objectEnd(String text, int from) {
        Matcher m = OBJECT_END.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }
}
