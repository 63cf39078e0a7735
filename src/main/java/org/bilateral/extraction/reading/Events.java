package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.shared.ReportedDate;

/**
 * The events step: the meetings, calls, visits, forums, workshops, signings and negotiation rounds a report says took
 * place, each from the sentence that reports it (its trigger: "met with", "spoke by phone with", "convened a
 * workshop"), with the participants around the trigger, its date, place and topics. A report that returns to an event
 * ("the workshop", "the two leaders also discussed") adds to it rather than making another.
 */
final class Events {

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
            "\\b(?:paid|pays|paying|made|makes|making|began|begins|concluded|concludes|is on|was on|are on|were on)\\s+(?:a|an|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,3}?visit\\s+to\\b|\\bvisited\\b");
    private static final Pattern FORUM = Pattern.compile(
            "(?i)\\b(?:attended|addressed|spoke at|opened|co-chaired|chaired|held|hosted|organised|organized|co-organised|took part in|joined)\\s+(?:a|an|the)\\s+(?:[\\w–-]+\\s+){0,5}?(?:forum|business conference|investment conference|roundtable|business dialogue|investment promotion)");
    /** Workshops, seminars, conferences and summits: "other" events, each known again by its noun ("the workshop"). */
    private static final Pattern GATHERING = Pattern.compile(
            "(?i)\\b(?:convened|held|hosted|co-hosted|organised|organized|co-organised|co-organized|opened|chaired|co-chaired|attended|took part in|joined|addressed)"
                    + "\\s+(?:a|an|the)\\s+(?:[\\w–-]+\\s+){0,5}?(workshop|seminar|conference|symposium|summit|training|webinar|consultation)s?\\b");
    private static final Pattern SIGNING = Pattern.compile(
            "\\b(?:signed|inked)\\s+(?:a|an|the|two|three|four|five|\\d+|several|multiple|many)\\b|\\b(?:was|were)\\s+(?:also\\s+)?signed\\b|\\bsigning ceremony\\b|\\bwitnessed the signing\\b|\\bexchanged\\s+(?:\\w+\\s+){0,3}(?:agreements|documents|MOUs|memoranda)\\b");
    private static final Pattern ROUND = Pattern.compile(
            "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,2}(?:st|nd|rd|th))"
                    + "\\s+(?:(?:formal|official|negotiation|negotiating|technical|in-person)\\s+)*(?:round|session)s?\\b|\\bround\\s+(\\d{1,2})\\s+of\\b");
    private static final Pattern SIDELINES = Pattern.compile("(?i)\\bon the sidelines\\b");
    private static final Pattern ANY_ROUND = Pattern.compile("(?i)\\b(?:negotiation|negotiating)\\s+round\\b|\\bround of (?:talks|negotiations?)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|shall|to|plans? to|planning to|expected to|scheduled to|going to|intends? to|aims? to|set to)\\s+(?:\\w+\\s+)?$");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?i)^(?:participants|attendees|those present)\\s+(?:included|were|include)\\b|\\b(?:featured|included|heard)\\s+(?:\\w+\\s+)?(?:presentations|speakers|remarks|contributions|speeches)\\s+(?:from|by)\\b|\\bled\\s+(?:the|a|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,2}delegation\\b|\\b(?:attended by|with the participation of|joined by|also (?:present|attending|attended)|were also present|was also present|in attendance|in the presence of|witnessed by|led by|delegation (?:comprised|consisted of|included|includes))\\b");
    private static final Pattern OBJECT_END = Pattern.compile(
            "\\s+to\\s+[a-z]|,\\s*(?:delving|discussing|focusing|where|during which|which|who|aiming|seeking|reflecting|highlighting|marking|with a view|as part of|on the sidelines|according|to discuss)"
                    + "|,\\s+(?:the\\s+)?[^,]{0,60}?\\b(?:reported|said|announced|reports|says)\\b|\\s+on the sidelines|\\s+as part of|;|\\s+(?:and|while|where)\\s+(?:discussed|agreed|exchanged|affirmed|said|expressed)|\\s+during\\s+(?:his|her|their|the)\\b");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+((?:\\p{Lu}[\\p{L}\\p{M}.]*)(?:(?:,\\s*|\\s+)(?:D\\.C\\.?|\\p{Lu}[\\p{L}\\p{M}]+)){0,3})");

    private static final String TITLE_WORD = "Minister|Secretary|President|Ambassador|Chairman|Deputy|Vice|Coordinating|Senator|Prime|General|Director|Governor";

    private Events() {
    }

    // --- events --------------------------------------------------------------------------------------------------

    /**
     * Where an event is reported in a sentence. {@code noun} names a gathering ("workshop"), and {@code definite} says the
     * report refers back to one it has named ("chaired the workshop").
     */
    private record Trigger(EngagementKind kind, int start, int end, String noun, boolean definite) {
    }

    private static final Set<String> EVENT_NOUNS = Set.of("workshop", "seminar", "conference", "symposium", "summit", "training",
            "webinar", "consultation", "meeting", "talks", "session", "discussion", "discussions", "dialogue", "forum", "roundtable", "call");

    private static final List<String> JOINING = List.of("participa", "attend", "present", "presence", "joined", "witness", "led ", "delegation",
            "presentation", "speaker", "remarks", "contribution", "speech");

    /** Whether a sentence may tell who else took part: a plain search before the pattern. */
    private static boolean participantsJoin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return JOINING.stream().anyMatch(lower::contains) && PARTICIPANTS.matcher(text).find();
    }

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");

    /** "met at Parliament House", "in the Ministry of Trade": an organisation named as the place of the event. */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:at|in|inside|outside)\\s+(?:the\\s+)?$");

    /** A clause of its own inside a sentence: ", as the President and the General Secretary discussed on their call". */
    private static final Pattern CLAUSE = Pattern.compile("(?:,|;|—|–)\\s+(?:as|when|after|since|because|while|which|where|adding that|saying that|noting that)\\s+");

    /** Where the clause holding the trigger starts: its subject is the event's, not the sentence's. */
    private static int clauseStart(String text, int trigger) {
        Matcher m = CLAUSE.matcher(text);
        int start = 0;
        while (m.find() && m.end() <= trigger) {
            start = m.end();
        }
        return start;
    }

    static List<Extraction.Event> of(List<Sentence> sentences, List<List<Ref>> refs, Cast doc, LocalDate published) {
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, Draft> rounds = new LinkedHashMap<>();
        String focus = null;
        String lastNamed = null;
        Draft last = null;
        int lastSentence = -10;
        for (int i = 0; i < sentences.size(); i++) {
            Work.checkpoint();
            Sentence s = sentences.get(i);
            if (s.headline()) {
                continue;
            }
            String text = s.text();
            List<Ref> here = refs.get(i);
            Integer round = round(text);
            Trigger found = trigger(text);
            // "hold the second negotiation session": the round itself, not a meeting beside it
            Trigger told = found != null && round != null && ROUND.matcher(text.substring(found.start(), found.end())).find() ? null : found;
            Trigger trigger = told == null && round == null && (last == null || i - lastSentence > 3) ? agreedTogether(text, here) : told;
            if (round == null && rounds.size() == 1 && text.toLowerCase(Locale.ROOT).contains("round") && ANY_ROUND.matcher(text).find()) {
                round = rounds.keySet().iterator().next();
            }
            int datelineEnd = Datelines.end(text);
            List<Dates.Found> dates = Dates.in(text, published).stream().filter(f -> f.start() >= datelineEnd).toList();
            if (round != null && !rounds.containsKey(round)) {
                Draft r = new Draft(EngagementKind.NEGOTIATION_ROUND, s);
                r.round = round;
                r.talks = Sides.talks(text, doc.countriesInText(), doc.ownSide);
                if (trigger == null) {
                    dates.stream().filter(d -> !d.reporting()).findFirst().ifPresent(d -> {
                        r.date = d.date();
                        r.until = d.until();
                    });
                    r.place = place(text, doc);
                }
                rounds.put(round, r);
                drafts.add(r);
                if (trigger == null) {
                    last = r; // "X led the delegation" in the sentences after tells who took part
                    lastSentence = i;
                }
            }
            if (trigger == null) {
                if (last != null && i - lastSentence <= 3 && participantsJoin(text)) {
                    for (Ref r : here) {
                        if (!r.affiliation()) {
                            last.participants.add(r.name());
                        }
                    }
                    last.addEvidence(s);
                }
                lastNamed = here.stream().filter(Ref::person).map(Ref::name).findFirst().orElse(lastNamed);
                continue;
            }
            List<Ref> cast = groupsAsTheLastEvent(here, last, i - lastSentence <= 3);
            List<Trigger> chain = chained(text, trigger);
            int clause = clauseStart(text, trigger.start());
            boolean joins = participantsJoin(text);
            for (int k = 0; k < chain.size(); k++) {
                Trigger at = chain.get(k);
                int until = k + 1 < chain.size() ? chain.get(k + 1).start() : text.length();
                Draft d = new Draft(at.kind(), s);
                d.noun = at.noun();
                d.definite = at.definite();
                int objectEnd = Math.min(until, objectEnd(text, at.end()));
                Matcher joined = PARTICIPANTS.matcher(text);
                int joinedAt = joins && joined.find(at.end()) ? joined.end() : text.length();
                for (Ref r : cast) {
                    if (r.affiliation() || r.start() >= objectEnd && (r.start() < joinedAt || k + 1 < chain.size())) {
                        continue;
                    }
                    // The subject before the first trigger acts in every event of the chain: "X held talks with Y and attended Z".
                    boolean takesPart = r.end() <= trigger.start() ? r.start() >= clause && (r.person() || !r.insidePhrase())
                            : r.start() >= at.end() && (r.person() || !LOCATIVE.matcher(text.substring(Math.max(0, r.start() - 8), r.start())).find());
                    if (takesPart) {
                        d.participants.add(r.name());
                        if (r.person()) {
                            d.people.add(r.name());
                        }
                    }
                }
                boolean subject = cast.stream().anyMatch(r -> r.end() <= trigger.start() && r.start() >= clause && !r.affiliation()
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
                if (focus == null) {
                    focus = cast.stream().filter(r -> r.person() && r.end() <= trigger.start()).map(Ref::name).findFirst().orElse(null);
                }
                for (Dates.Found f : dates) {
                    if (!f.reporting()) {
                        d.date = f.date();
                        d.until = f.until();
                        break;
                    }
                }
                d.place = at.kind() == EngagementKind.VISIT ? visited(text, at, doc) : place(text, doc);
                if (SIDELINES.matcher(text).find()) {
                    d.sidelinesOf = round != null ? round : rounds.size() == 1 ? rounds.keySet().iterator().next() : null;
                    d.talks = d.sidelinesOf == null ? null : rounds.get(d.sidelinesOf).talks;
                }
                drafts.add(d);
                last = d;
            }
            lastSentence = i;
            lastNamed = here.stream().filter(Ref::person).map(Ref::name).findFirst().orElse(lastNamed);
        }
        topics(drafts, sentences);
        return merged(drafts);
    }

    /**
     * "The two ministers last met in Geneva": a plural description right after an event stands for that event's people;
     * without one, for everyone whose title fits.
     */
    private static List<Ref> groupsAsTheLastEvent(List<Ref> refs, Draft last, boolean recent) {
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

    private static final Pattern TOGETHER = Pattern.compile("\\b(?:agreed|discussed|exchanged views|reaffirmed|pledged|vowed|affirmed)\\b");

    /**
     * "Japan's Minister X and U.S. Secretary Y agreed on Thursday to ...": two people who agree or discuss together met,
     * though the report names no meeting. Only where no event was told just before, which they would be continuing.
     */
    private static Trigger agreedTogether(String text, List<Ref> here) {
        Matcher m = TOGETHER.matcher(text);
        if (!m.find()) {
            return null;
        }
        long before = here.stream().filter(r -> r.person() && r.end() <= m.start()).map(Ref::name).distinct().count();
        String between = text.substring(0, m.start());
        return before >= 2 && between.contains(" and ") ? new Trigger(EngagementKind.MEETING, m.start(), m.end(), null, false) : null;
    }

    /** Words without which a kind's pattern cannot match: a plain search first spares most sentences the patterns. */
    private static final Map<EngagementKind, List<String>> HINTS = Map.of(
            EngagementKind.CALL, List.of("phone", "video", "virtual", "online", "spoke", "speaks", "talked", "call"),
            EngagementKind.OTHER, List.of("workshop", "seminar", "conference", "symposium", "summit", "training", "webinar", "consultation"),
            EngagementKind.SIGNING, List.of("sign", "inked", "exchanged"),
            EngagementKind.BUSINESS_FORUM, List.of("forum", "conference", "roundtable", "dialogue", "promotion"),
            EngagementKind.MEETING, List.of("held", "hold", "had ", "has ", "have ", "conducted", "chair", "attended", "met ", "met,",
                    "meets", "receive", "host", "courtesy", "sat down", "meeting"),
            EngagementKind.VISIT, List.of("visit"));

    private static Trigger trigger(String text) {
        Trigger best = null;
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
                    best = new Trigger(e.getKey(), m.start(), m.end(), noun, definite);
                }
                break;
            }
        }
        return best;
    }

    /**
     * The trigger and those joined to it by "and" that have objects of their own: "held talks with Y and attended a
     * working session with Z" is two events of one subject.
     */
    private static List<Trigger> chained(String text, Trigger first) {
        List<Trigger> chain = new ArrayList<>(List.of(first));
        Trigger at = first;
        while (at.end() < text.length()) {
            Trigger next = trigger(text.substring(at.end()));
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
            at = new Trigger(next.kind(), start, at.end() + next.end(), next.noun(), next.definite());
            chain.add(at);
        }
        return chain;
    }

    /** "visited Jakarta on 22 September, where he held talks with ...": the subject acts again in a clause of its own. */
    private static final Pattern WHERE_THEN = Pattern.compile(",\\s+(?:where|during which|after which|and)\\s+(?:he|she|they|it)\\s+(?:also\\s+)?$");

    /** "..., he said, after meeting X in Washington": the speaker's own meeting, told in passing. */
    private static final Pattern SAID_AFTER = Pattern.compile(",\\s+(?:he|she|they)\\s+(?:said|added|noted|stressed|told reporters)\\s*,?\\s*$");

    private static final Pattern AND_THEN = Pattern.compile("\\s(?:and|before|then)\\s+(?:also\\s+|then\\s+|later\\s+)?$");

    private static Integer round(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("round") && !lower.contains("session")) {
            return null;
        }
        Matcher m = ROUND.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT);
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT);
            if (!around.contains("negotiat") && !around.contains("talks") && !after.contains("agreement")) {
                continue;
            }
            if (m.group(2) != null) {
                return Integer.valueOf(m.group(2));
            }
            String ord = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = Lexicon.ORDINALS.get(ord);
            return n != null ? n : Integer.valueOf(ord.replaceAll("\\D", ""));
        }
        return null;
    }

    private static int objectEnd(String text, int from) {
        Matcher m = OBJECT_END.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }

    private static String place(String text, Cast doc) {
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            String p = m.group(1).replaceAll("[,\\s]+$", "");
            if (p.endsWith(".") && !p.matches(".*\\p{Lu}\\.\\p{Lu}\\.$")) {
                p = p.substring(0, p.length() - 1);
            }
            p = p.replaceFirst(",\\s*(?:" + TITLE_WORD + ").*$", "");
            String first = p.split("[\\s,]+")[0];
            if (Lexicon.NOT_NAMES.contains(first) && !first.equals("Washington") || Lexicon.MONTHS.containsKey(first.toLowerCase(Locale.ROOT))
                    || doc.isOrganisation(p) || Lexicon.TITLE_HEADS.contains(first) || Lexicon.TITLE_MODIFIERS.contains(first)) {
                continue;
            }
            return p;
        }
        return null;
    }

    private static final Pattern VISITED = Pattern.compile("^\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.]*){0,2})");

    /** "visited Jakarta on 22 September", "a visit to Washington": the place visited, else any place the sentence names. */
    private static String visited(String text, Trigger at, Cast doc) {
        Matcher m = VISITED.matcher(text.substring(at.end()));
        if (m.find() && !doc.isOrganisation(m.group(1)) && !Lexicon.FUNCTION_WORDS.contains(m.group(1).split("\\s+")[0])
                && (doc.people.values().stream().noneMatch(p -> p.name.contains(m.group(1))) || Lexicon.NATIONALITIES.containsKey(m.group(1)))) {
            return m.group(1);
        }
        return place(text, doc);
    }

    /** An event is about what its sentence and those after it speak of, up to the next event (eight sentences at most). */
    private static void topics(List<Draft> drafts, List<Sentence> sentences) {
        // Each draft's sentence by its place in the story, and the places where events other than rounds are told, so
        // that the next event is found by a look-up instead of a pass over every draft and sentence.
        Map<Sentence, Integer> position = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            position.putIfAbsent(sentences.get(i), i);
        }
        TreeSet<Integer> told = new TreeSet<>();
        for (Draft d : drafts) {
            if (d.kind != EngagementKind.NEGOTIATION_ROUND) {
                told.add(position.get(d.sentence));
            }
        }
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        for (Draft draft : drafts) {
            Work.add(1);
            int from = position.get(draft.sentence);
            Integer next = told.higher(from);
            int to = next == null ? sentences.size() : next;
            if (draft.kind == EngagementKind.NEGOTIATION_ROUND) {
                to = from + 1;
            }
            for (int i = from; i < Math.min(to, from + 8); i++) {
                draft.topics.addAll(bySentence.computeIfAbsent(i, k -> Topics.of(sentences.get(k).text())));
            }
        }
    }

    /** One event however often the report returns to it: same kind, a shared participant besides the protagonist, compatible dates. */
    private static List<Extraction.Event> merged(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        // Only an event of the same kind can be the same event: each draft is compared with those alone.
        Map<EngagementKind, List<Draft>> keptOfKind = new EnumMap<>(EngagementKind.class);
        for (Draft d : drafts) {
            Draft same = null;
            List<Draft> sameKind = keptOfKind.computeIfAbsent(d.kind, k -> new ArrayList<>());
            if (d.participants.isEmpty() && d.kind != EngagementKind.NEGOTIATION_ROUND) {
                // "The signing ceremony was held ...": the report returns to an event it has already named.
                for (Draft k : sameKind) {
                    if (compatible(k.date, d.date)) {
                        same = k;
                    }
                }
            }
            if (same == null && d.definite) {
                // "Mr. X chaired the workshop": the report returns to the workshop it has just named.
                for (Draft k : sameKind) {
                    if ((d.noun.equals(k.noun) || d.kind != EngagementKind.OTHER) && compatible(k.date, d.date)) {
                        same = k;
                    }
                }
            }
            for (Draft k : sameKind) {
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
        for (Draft d : kept) {
            events.add(new Extraction.Event(d.kind, d.date, d.until, d.place, d.round, d.talks, List.copyOf(d.participants),
                    List.copyOf(d.topics), d.sidelinesOf, d.evidence(), Confidence.RULES_EVENTS));
        }
        return events;
    }

    private static boolean sharedGuests(Draft a, Draft b) {
        Set<String> common = new LinkedHashSet<>(a.participants);
        common.retainAll(b.participants);
        return common.size() >= 2;
    }

    private static boolean compatible(ReportedDate a, ReportedDate b) {
        return a == null || b == null || a.equals(b);
    }

    private static final class Draft {
        final EngagementKind kind;
        final Sentence sentence;
        final LinkedHashSet<String> participants = new LinkedHashSet<>();
        /** The participants who are people, for a later "the two leaders" to stand for. */
        final LinkedHashSet<String> people = new LinkedHashSet<>();
        final LinkedHashSet<String> topics = new LinkedHashSet<>();
        final List<Sentence> evidence = new ArrayList<>();
        ReportedDate date;
        ReportedDate until;
        String place;
        Integer round;
        Integer sidelinesOf;
        String noun;
        boolean definite;
        Talks talks;

        Draft(EngagementKind kind, Sentence sentence) {
            this.kind = kind;
            this.sentence = sentence;
            evidence.add(sentence);
        }

        void addEvidence(Sentence s) {
            if (!evidence.contains(s)) {
                evidence.add(s);
            }
        }

        Evidence evidence() {
            int start = evidence.stream().mapToInt(Sentence::start).min().orElse(0);
            int end = evidence.stream().mapToInt(Sentence::end).max().orElse(0);
            StringBuilder quoted = new StringBuilder();
            evidence.stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                    .forEach(s -> quoted.append(quoted.isEmpty() ? "" : " … ").append(s.text()));
            return new Evidence(start, end, quoted.toString());
        }
    }

}
