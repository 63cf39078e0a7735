package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.extraction.PressRelease;
import org.bilateral.shared.ReportedDate;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

/**
 * Reads one press release into proposed records. Rules for the genre, not for particular texts: people and
 * organisations are recognised by their titles and contexts and by the register, events by the verbs and nouns
 * reports use for them, dates relative to the publication date.
 */
public final class PressReleaseReader {

    private static final Pattern MEETING = Pattern.compile(
            "\\b(?:held|holds|hold|holding|had|has|have|conducted|chaired|co-chaired|chairs|attended)\\s+(?:(?:a|an|the|separate|several|two|three|bilateral|high-level|working|official|private|closed-door|in-depth|online|virtual|courtesy|separate|further|another|productive|fruitful|frank)\\s+)*"
                    + "(?:meeting|meetings|session|sessions|talks|discussion|discussions|dialogue|exchange|conversation|consultations?|reception)\\b"
                    + "|\\b(?:met|meets)\\b(?:\\s+with)?|\\b(?:received|receives|hosted|hosts)\\s+(?:a\\s+(?:[\\w-]+\\s+){0,2}?delegation\\s+(?:of|from)\\s+(?:the\\s+)?|visiting\\s+)?(?=\\p{Lu})"
                    + "|\\bpaid\\s+a\\s+courtesy\\s+(?:call|visit)\\s+(?:on|to)\\b|\\bsat down with\\b");
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(?:phone|telephone|video|virtual|online)\\s+(?:call|conversation|talks?|meeting|conference)\\b|\\bspoke\\s+(?:by|over\\s+the)\\s+(?:tele)?phone\\b");
    private static final Pattern VISIT = Pattern.compile(
            "\\b(?:paid|pays|paying|made|makes|making|began|begins|concluded|concludes|is on|was on|are on|were on)\\s+(?:a|an|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,3}?visit\\s+to\\b|\\bvisited\\b");
    private static final Pattern FORUM = Pattern.compile(
            "(?i)\\b(?:attended|addressed|spoke at|opened|co-chaired|chaired|held|hosted|organised|organized|co-organised|took part in|joined)\\s+(?:a|an|the)\\s+(?:[\\w–-]+\\s+){0,5}?(?:forum|business conference|investment conference|roundtable|business dialogue|investment promotion)");
    private static final Pattern SIGNING = Pattern.compile(
            "\\b(?:signed|inked)\\s+(?:a|an|the|two|three|four|five|\\d+|several|multiple|many)\\b|\\b(?:was|were)\\s+(?:also\\s+)?signed\\b|\\bsigning ceremony\\b|\\bwitnessed the signing\\b|\\bexchanged\\s+(?:\\w+\\s+){0,3}(?:agreements|documents|MOUs|memoranda)\\b");
    private static final Pattern ROUND = Pattern.compile(
            "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,2}(?:st|nd|rd|th))"
                    + "\\s+(?:(?:formal|official|negotiation|negotiating|technical|in-person)\\s+)*(?:round|session)s?\\b|\\bround\\s+(\\d{1,2})\\s+of\\b");
    private static final Pattern SIDELINES = Pattern.compile("(?i)\\bon the sidelines\\b");
    private static final Pattern ANY_ROUND = Pattern.compile("(?i)\\b(?:negotiation|negotiating)\\s+round\\b|\\bround of (?:talks|negotiations?)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|shall|to|plans? to|planning to|expected to|scheduled to|going to|intends? to|aims? to|set to)\\s+(?:\\w+\\s+)?$");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?i)^(?:participants|attendees|those present)\\s+(?:included|were|include)\\b|\\b(?:attended by|with the participation of|joined by|also (?:present|attending|attended)|were also present|was also present|in attendance|in the presence of|witnessed by|led by|delegation (?:comprised|consisted of|included|includes))\\b");
    private static final Pattern OBJECT_END = Pattern.compile(
            "\\s+to\\s+[a-z]|,\\s*(?:delving|discussing|focusing|where|during which|which|who|aiming|seeking|reflecting|highlighting|marking|with a view|as part of|on the sidelines|according|to discuss)"
                    + "|,\\s+(?:the\\s+)?[^,]{0,60}?\\b(?:reported|said|announced|reports|says)\\b|\\s+on the sidelines|\\s+as part of|;|\\s+(?:and|while|where)\\s+(?:discussed|agreed|exchanged|affirmed|said|expressed)|\\s+during\\s+(?:his|her|their|the)\\b");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+((?:\\p{Lu}[\\p{L}\\p{M}.]*)(?:(?:,\\s*|\\s+)(?:D\\.C\\.?|\\p{Lu}[\\p{L}\\p{M}]+)){0,3})");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?((?:\\p{Lu}[\\p{Lu}\\p{M}.']*)(?:[ ,]+\\p{Lu}[\\p{Lu}\\p{M}.']*){0,3}"
                    + "|\\p{Lu}[\\p{L}\\p{M}]+(?: \\p{Lu}[\\p{L}\\p{M}]+){0,3}(?=,\\s+\\p{Lu}[a-z]+\\.?\\s+\\d))"
                    + "(?:,[^—–]{0,30}?)?\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:/[^/]{1,30}/\\s*)?(?:[—–]|\\s-{1,2}\\s)");

    private final Register register;
    private final Names names;

    public PressReleaseReader(KnownNames known) {
        this.register = new Register(known);
        this.names = new Names(register);
    }

    public Extraction read(PressRelease release) {
        CleanText clean = CleanText.of(release.text());
        ReportedDate published = Dates.published(clean);
        LocalDate day = published == null ? null : published.toLocalDate();
        List<Sentence> sentences = Sentences.of(clean);
        Document doc = new Document(clean.text);
        List<List<Token>> tokens = new ArrayList<>();
        List<Names.Found> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> t = Tokens.of(s.text());
            tokens.add(t);
            Names.Found f = names.find(s.text(), t);
            found.add(f);
            for (PersonMention p : f.people()) {
                if (!p.shortForm()) {
                    doc.person(p, s);
                }
            }
            for (OrganisationMention o : f.organisations()) {
                doc.organisation(o, s);
            }
        }
        List<List<Ref>> refs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            refs.add(doc.references(sentences.get(i), tokens.get(i), found.get(i), register));
        }
        List<Extraction.Event> events = events(sentences, refs, doc, day);
        List<Extraction.Commitment> commitments = commitments(sentences, doc);
        List<Extraction.Issue> issues = issues(sentences);
        return new Extraction(release.name(), clean.text, published, dateline(clean), events, doc.people(events),
                doc.organisations(events), commitments, issues);
    }

    // --- events --------------------------------------------------------------------------------------------------

    private record Trigger(EngagementKind kind, int start, int end) {
    }

    private List<Extraction.Event> events(List<Sentence> sentences, List<List<Ref>> refs, Document doc, LocalDate published) {
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, Draft> rounds = new LinkedHashMap<>();
        String focus = null;
        Draft last = null;
        int lastSentence = -10;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.headline()) {
                continue;
            }
            String text = s.text();
            List<Ref> here = refs.get(i);
            Integer round = round(text);
            Trigger trigger = trigger(text);
            if (round == null && rounds.size() == 1 && ANY_ROUND.matcher(text).find()) {
                round = rounds.keySet().iterator().next();
            }
            int datelineEnd = datelineEnd(text);
            List<Dates.Found> dates = Dates.in(text, published).stream().filter(f -> f.start() >= datelineEnd).toList();
            if (round != null && !rounds.containsKey(round)) {
                Draft r = new Draft(EngagementKind.NEGOTIATION_ROUND, s);
                r.round = round;
                if (trigger == null) {
                    dates.stream().filter(d -> !d.reporting()).findFirst().ifPresent(d -> {
                        r.date = d.date();
                        r.until = d.until();
                    });
                    r.place = place(text, doc);
                }
                rounds.put(round, r);
                drafts.add(r);
            }
            if (trigger == null) {
                if (last != null && i - lastSentence <= 3 && PARTICIPANTS.matcher(text).find()) {
                    for (Ref r : here) {
                        if (!r.affiliation()) {
                            last.participants.add(r.name());
                        }
                    }
                    last.addEvidence(s);
                }
                continue;
            }
            Draft d = new Draft(trigger.kind(), s);
            int objectEnd = objectEnd(text, trigger.end());
            Matcher joined = PARTICIPANTS.matcher(text);
            int joinedAt = joined.find(trigger.end()) ? joined.end() : text.length();
            for (Ref r : here) {
                if (r.affiliation() || r.start() >= objectEnd && r.start() < joinedAt) {
                    continue;
                }
                if (r.end() <= trigger.start()) {
                    if (r.person() || !r.insidePhrase()) {
                        d.participants.add(r.name());
                    }
                } else if (r.start() >= trigger.end()) {
                    d.participants.add(r.name());
                }
            }
            boolean subject = here.stream().anyMatch(r -> r.end() <= trigger.start() && !r.affiliation() && (r.person() || !r.insidePhrase()));
            if (!subject && focus != null) {
                // "He held ...", "The minister met ...", "Later, ... held ...": the report's protagonist acts.
                LinkedHashSet<String> withFocus = new LinkedHashSet<>();
                withFocus.add(focus);
                withFocus.addAll(d.participants);
                d.participants.clear();
                d.participants.addAll(withFocus);
            }
            if (focus == null) {
                focus = here.stream().filter(r -> r.person() && r.end() <= trigger.start()).map(Ref::name).findFirst().orElse(null);
            }
            for (Dates.Found f : dates) {
                if (!f.reporting()) {
                    d.date = f.date();
                    d.until = f.until();
                    break;
                }
            }
            d.place = place(text, doc);
            if (SIDELINES.matcher(text).find()) {
                d.sidelinesOf = round != null ? round : rounds.size() == 1 ? rounds.keySet().iterator().next() : null;
            }
            drafts.add(d);
            last = d;
            lastSentence = i;
        }
        topics(drafts, sentences);
        return merged(drafts);
    }

    /** Words without which a kind's pattern cannot match: a plain search first spares most sentences the patterns. */
    private static final Map<EngagementKind, List<String>> HINTS = Map.of(
            EngagementKind.CALL, List.of("phone", "video", "virtual", "online"),
            EngagementKind.SIGNING, List.of("sign", "inked", "exchanged"),
            EngagementKind.BUSINESS_FORUM, List.of("forum", "conference", "roundtable", "dialogue", "promotion"),
            EngagementKind.MEETING, List.of("held", "hold", "had ", "has ", "have ", "conducted", "chair", "attended", "met ", "met,",
                    "meets", "receive", "host", "courtesy", "sat down"),
            EngagementKind.VISIT, List.of("visit"));

    private static Trigger trigger(String text) {
        Trigger best = null;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<EngagementKind, Pattern> e : List.of(Map.entry(EngagementKind.CALL, CALL), Map.entry(EngagementKind.SIGNING, SIGNING),
                Map.entry(EngagementKind.BUSINESS_FORUM, FORUM), Map.entry(EngagementKind.MEETING, MEETING), Map.entry(EngagementKind.VISIT, VISIT))) {
            if (HINTS.get(e.getKey()).stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                if (FUTURE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    continue;
                }
                if (best == null || m.start() < best.start() || (e.getKey() == EngagementKind.CALL && m.start() <= best.end())) {
                    best = new Trigger(e.getKey(), m.start(), m.end());
                }
                break;
            }
        }
        return best;
    }

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

    private static String place(String text, Document doc) {
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            String p = m.group(1).replaceAll("[,\\s]+$", "");
            if (p.endsWith(".") && !p.matches(".*\\p{Lu}\\.\\p{Lu}\\.$")) {
                p = p.substring(0, p.length() - 1);
            }
            String first = p.split("[\\s,]+")[0];
            if (Lexicon.NOT_NAMES.contains(first) && !first.equals("Washington") || Lexicon.MONTHS.containsKey(first.toLowerCase(Locale.ROOT))
                    || doc.isOrganisation(p) || Lexicon.TITLE_HEADS.contains(first) || Lexicon.TITLE_MODIFIERS.contains(first)) {
                continue;
            }
            return p;
        }
        return null;
    }

    /** An event is about what its sentence and those after it speak of, up to the next event (eight sentences at most). */
    private static void topics(List<Draft> drafts, List<Sentence> sentences) {
        Map<Integer, Set<String>> bySentence = new java.util.HashMap<>();
        for (Draft draft : drafts) {
            int from = sentences.indexOf(draft.sentence);
            int to = sentences.size();
            for (Draft later : drafts) {
                int at = sentences.indexOf(later.sentence);
                if (at > from && at < to && later.kind != EngagementKind.NEGOTIATION_ROUND) {
                    to = at;
                }
            }
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
        for (Draft d : drafts) {
            Draft same = null;
            if (d.participants.isEmpty() && d.kind != EngagementKind.NEGOTIATION_ROUND) {
                // "The signing ceremony was held ...": the report returns to an event it has already named.
                for (Draft k : kept) {
                    if (k.kind == d.kind && compatible(k.date, d.date)) {
                        same = k;
                    }
                }
            }
            for (Draft k : kept) {
                if (same != null) {
                    break;
                }
                if (k.kind == d.kind && k.kind != EngagementKind.NEGOTIATION_ROUND && compatible(k.date, d.date)
                        && sharedGuests(k, d) && (k.participants.containsAll(d.participants) || d.participants.containsAll(k.participants))) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(d);
            } else {
                same.participants.addAll(d.participants);
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
            events.add(new Extraction.Event(d.kind, d.date, d.until, d.place, d.round, List.copyOf(d.participants),
                    List.copyOf(d.topics), d.sidelinesOf, d.evidence()));
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
        final LinkedHashSet<String> topics = new LinkedHashSet<>();
        final List<Sentence> evidence = new ArrayList<>();
        ReportedDate date;
        ReportedDate until;
        String place;
        Integer round;
        Integer sidelinesOf;

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

    // --- commitments and issues ---------------------------------------------------------------------------------

    private static List<Extraction.Commitment> commitments(List<Sentence> sentences, Document doc) {
        List<Extraction.Commitment> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.headline()) {
                continue;
            }
            for (Purchases.Purchase p : Purchases.in(s.text())) {
                out.add(new Extraction.Commitment(doc.canonicalOrganisation(p.buyer()), doc.canonicalOrganisation(p.seller()), p.item(),
                        p.quantity(), p.unit(), p.valueUsd(), p.lowUsd(), p.highUsd(), p.instrument(),
                        new Evidence(s.start(), s.end(), s.text())));
            }
        }
        return out;
    }

    private static List<Extraction.Issue> issues(List<Sentence> sentences) {
        Map<PolicyTopic, Extraction.Issue> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (PolicyTopic t : Topics.issues(s.text())) {
                out.putIfAbsent(t, new Extraction.Issue(t, new Evidence(s.start(), s.end(), s.text())));
            }
        }
        return List.copyOf(out.values());
    }

    /** Where the text proper starts after a dateline ("date 2026-02-04 WASHINGTON DC — "), whose date is not an event's. */
    private static int datelineEnd(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.find() ? m.end() : 0;
    }

    /** The place a report was filed from: "WASHINGTON DC —", "HÀ NỘI —". */
    private static String dateline(CleanText clean) {
        for (CleanText.Block b : clean.blocks) {
            if (b.kind() != CleanText.BlockKind.BODY) {
                continue;
            }
            Matcher m = DATELINE.matcher(clean.text.substring(b.start(), b.end()));
            if (m.find()) {
                return titleCase(m.group(1).strip());
            }
            return null;
        }
        return null;
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (w.length() <= 2 || w.contains(".")) {
                out.append(w);
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    // --- the document's people and organisations ----------------------------------------------------------------

    /** A person or organisation named in a sentence, resolved to the document's full name for it. */
    record Ref(int start, int end, String name, boolean person, boolean affiliation, boolean insidePhrase) {
    }

    static final class Document {
        final String text;
        final Map<String, DocPerson> people = new LinkedHashMap<>();
        final Map<String, DocOrganisation> organisations = new LinkedHashMap<>();
        final Map<String, String> acronyms = new LinkedHashMap<>();

        Document(String text) {
            this.text = text;
        }

        void person(PersonMention p, Sentence s) {
            String key = NameKey.of(p.name());
            DocPerson known = people.get(key);
            if (known == null) {
                people.put(key, new DocPerson(p.name(), p.title(), p.country(), p.affiliation(),
                        new Evidence(s.start() + p.start(), s.start() + p.spanEnd(), s.text())));
            } else {
                if (known.title == null && p.title() != null) {
                    known.title = p.title();
                }
                if (known.country == null) {
                    known.country = p.country();
                }
            }
        }

        void organisation(OrganisationMention o, Sentence s) {
            String key = NameKey.of(o.name());
            if (o.acronym() != null) {
                acronyms.put(NameKey.of(o.acronym()), o.name());
            }
            DocOrganisation known = organisations.get(key);
            if (known == null && acronyms.containsKey(key)) {
                return;
            }
            if (known == null) {
                organisations.put(key, new DocOrganisation(o.name(), o.acronym(), o.kind(), o.country(),
                        new Evidence(s.start() + o.start(), s.start() + o.end(), s.text())));
            }
        }

        boolean isOrganisation(String name) {
            String key = NameKey.of(name);
            return organisations.containsKey(key) || acronyms.containsKey(key);
        }

        String canonicalOrganisation(String name) {
            if (name == null) {
                return null;
            }
            String key = NameKey.of(name);
            String full = acronyms.get(key);
            return full != null ? full : name;
        }

        List<Ref> references(Sentence s, List<Token> tokens, Names.Found found, Register register) {
            List<Ref> refs = new ArrayList<>();
            for (PersonMention p : found.people()) {
                String name = p.shortForm() ? byLastName(p.name(), register) : p.name();
                if (name != null) {
                    refs.add(new Ref(p.start(), p.end(), canonicalPerson(name), true, false, false));
                }
            }
            for (OrganisationMention o : found.organisations()) {
                refs.add(new Ref(o.start(), o.end(), canonicalOrganisation(o.name()), false, o.affiliation(),
                        insidePhrase(s.text(), o.start())));
            }
            boolean[] claimed = found.claimed();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (claimed[i] || !t.capitalised() || Lexicon.NOT_NAMES.contains(t.text())) {
                    continue;
                }
                boolean standsAlone = (i + 1 >= tokens.size() || !tokens.get(i + 1).capitalised())
                        && (i == 0 || !tokens.get(i - 1).capitalised() || Lexicon.NOT_NAMES.contains(tokens.get(i - 1).text()));
                if (!standsAlone) {
                    continue;
                }
                String key = NameKey.of(t.text());
                if (acronyms.containsKey(key)) {
                    refs.add(new Ref(t.start(), t.end(), acronyms.get(key), false, false, insidePhrase(s.text(), t.start())));
                    continue;
                }
                String person = byLastName(t.text(), register);
                if (person != null) {
                    refs.add(new Ref(t.start(), t.end(), canonicalPerson(person), true, false, false));
                }
            }
            refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return refs;
        }

        /** An organisation after "of the", "under the", "on the sidelines of" qualifies something else; it does not act. */
        private static boolean insidePhrase(String sentence, int at) {
            String before = sentence.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
            return before.matches(".*\\b(of|under|by|for|from|about|on)\\s+(the\\s+)?$");
        }

        private String canonicalPerson(String name) {
            DocPerson p = people.get(NameKey.of(name));
            return p != null ? p.name : name;
        }

        private String byLastName(String word, Register register) {
            String key = NameKey.of(word);
            String match = null;
            for (DocPerson p : people.values()) {
                String[] w = p.name.split("\\s+");
                if (w.length > 1 && NameKey.of(w[w.length - 1]).equals(key)) {
                    if (match != null && !match.equals(p.name)) {
                        return null;
                    }
                    match = p.name;
                }
            }
            if (match == null) {
                Register.Known k = register.personByLastName(word);
                if (k != null) {
                    match = k.name();
                    people.putIfAbsent(NameKey.of(k.name()), new DocPerson(k.name(), k.title(), k.country(), null, null));
                }
            }
            return match;
        }

        List<Extraction.Person> people(List<Extraction.Event> events) {
            Set<String> taking = new LinkedHashSet<>();
            events.forEach(e -> e.participants().forEach(n -> taking.add(NameKey.of(n))));
            List<Extraction.Person> out = new ArrayList<>();
            for (DocPerson p : people.values()) {
                if (taking.contains(NameKey.of(p.name))) {
                    out.add(new Extraction.Person(p.name, List.of(), p.title, p.country, p.affiliation, p.evidence));
                }
            }
            return out;
        }

        List<Extraction.Organisation> organisations(List<Extraction.Event> events) {
            Set<String> taking = new LinkedHashSet<>();
            events.forEach(e -> e.participants().forEach(n -> taking.add(NameKey.of(n))));
            List<Extraction.Organisation> out = new ArrayList<>();
            for (DocOrganisation o : organisations.values()) {
                out.add(new Extraction.Organisation(o.name, o.acronym, o.country, o.kind, taking.contains(NameKey.of(o.name)), o.evidence));
            }
            return out;
        }
    }

    static final class DocPerson {
        final String name;
        String title;
        String country;
        final String affiliation;
        final Evidence evidence;

        DocPerson(String name, String title, String country, String affiliation, Evidence evidence) {
            this.name = name;
            this.title = title;
            this.country = country;
            this.affiliation = affiliation;
            this.evidence = evidence;
        }
    }

    record DocOrganisation(String name, String acronym, OrganisationKind kind, String country, Evidence evidence) {
    }
}
