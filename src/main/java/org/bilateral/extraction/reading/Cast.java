package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

/**
 * The report's cast: every person and organisation it names, by the full name it first gives them, so that a later
 * "Hùng", "Secretary Blinken", "the minister" or "MOIT" in any sentence resolves to the one record.
 */
final class Cast {

    /**
     * A person or organisation named in a sentence, resolved to the document's full name for it. {@code group} marks one
     * of the people a plural description stands for ("the two ministers"), which the events step may read as the
     * people of the event just told instead.
     */
    record Ref(int start, int end, String name, boolean person, boolean affiliation, boolean insidePhrase, boolean group) {

        static Ref person(int start, int end, String name) {
            return new Ref(start, end, name, true, false, false, false);
        }

        static Ref organisation(int start, int end, String name, boolean affiliation, boolean insidePhrase) {
            return new Ref(start, end, name, false, affiliation, insidePhrase, false);
        }
    }

    final String text;
    final Map<String, DocPerson> people = new LinkedHashMap<>();
    final Map<String, DocOrganisation> organisations = new LinkedHashMap<>();
    final Map<String, String> acronyms = new LinkedHashMap<>();
    /** The people and organisations a trained component brought in, by key, with its probability for each. */
    final Map<String, Confidence> learnt = new HashMap<>();

    /**
     * The people by the keys of the first and of the last words of their names (one, two, ... all but one), so that a
     * short form finds the people it may stand for without going through the whole cast: a long report names hundreds.
     */
    private final Map<String, List<DocPerson>> byFirstWords = new HashMap<>();
    private final Map<String, List<DocPerson>> byLastWords = new HashMap<>();
    private @Nullable Map<String, Integer> countries;

    private final Register register;
    /** The report's own side, once {@link Sides} has found it: the country it writes from. */
    @Nullable String ownSide;

    Cast(String text, Register register) {
        this.text = text;
        this.register = register;
    }

    /** Takes in what one sentence names: its people by their full names, and its organisations. */
    void introduce(Names.Found found, Sentence s) {
        for (PersonMention p : found.people()) {
            if (!p.shortForm()) {
                person(p, s);
            }
        }
        for (OrganisationMention o : found.organisations()) {
            organisation(o, s);
        }
    }

    void person(PersonMention p, Sentence s) {
        String key = NameKey.of(p.name());
        DocPerson known = people.get(key);
        if (known == null) {
            DocPerson added = new DocPerson(p.name(), p.title(), p.country(), p.affiliation(),
                    new Evidence(s.start() + p.start(), s.start() + p.spanEnd(), s.text()));
            added.titleFromHeadline = s.headline();
            added.countryStated = p.countryStated();
            people.put(key, added);
            index(added);
            return;
        }
        // A headline's title is shorthand ("Ambassador Tai"); the story's first title is the one the person holds.
        if (p.title() != null && (known.title == null || known.titleFromHeadline && !s.headline())) {
            known.title = p.title();
            known.titleFromHeadline = s.headline();
        }
        if (known.country == null || !known.countryStated && p.countryStated() && p.country() != null) {
            known.country = p.country();
            known.countryStated = p.countryStated();
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

    @Nullable String canonicalOrganisation(String name) {
        if (name == null) {
            return null;
        }
        String key = NameKey.of(name);
        String full = acronyms.get(key);
        return full != null ? full : name;
    }

    List<Ref> references(Sentence s, List<Token> tokens, Names.Found found) {
        List<Ref> refs = new ArrayList<>();
        for (PersonMention p : found.people()) {
            String name = p.shortForm() ? byLastName(p.name()) : p.name();
            if (name == null && p.shortForm() && p.title() != null) {
                // "President Biden" where the report never gives the full name: the name it gives is the one to keep.
                person(p, s);
                name = p.name();
            }
            if (name != null) {
                refs.add(Ref.person(p.start(), p.end(), canonicalPerson(name)));
            }
        }
        refs.addAll(Descriptions.in(s.text(), tokens, found.claimed(), people.values()));
        for (OrganisationMention o : found.organisations()) {
            refs.add(Ref.organisation(o.start(), o.end(), canonicalOrganisation(o.name()), o.affiliation(),
                    insidePhrase(s.text(), o.start())));
        }
        boolean[] claimed = found.claimed();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (claimed[i] || !t.capitalised() || Lexicon.NOT_NAMES.contains(t.text())) {
                continue;
            }
            boolean opens = i == 0 || !tokens.get(i - 1).capitalised() || Lexicon.NOT_NAMES.contains(tokens.get(i - 1).text()) || claimed[i - 1];
            if (!opens) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && !claimed[i + 1]) {
                // "Tengku Zafrul said": two words of a name the report gave in full
                int e = i + 1;
                while (e + 1 < tokens.size() && tokens.get(e + 1).capitalised() && !claimed[e + 1] && e - i < 2) {
                    e++;
                }
                if (e + 1 >= tokens.size() || !tokens.get(e + 1).capitalised()) {
                    String part = s.text().substring(t.start(), tokens.get(e).end());
                    String person = byWordsOfName(part, false);
                    if (person != null) {
                        refs.add(Ref.person(t.start(), tokens.get(e).end(), person));
                        i = e;
                    }
                }
                continue;
            }
            String key = NameKey.of(t.text());
            if (acronyms.containsKey(key)) {
                refs.add(Ref.organisation(t.start(), t.end(), acronyms.get(key), false, insidePhrase(s.text(), t.start())));
                continue;
            }
            String person = byLastName(t.text());
            if (person == null) {
                person = byWordsOfName(t.text(), false);
            }
            if (person != null) {
                refs.add(Ref.person(t.start(), t.end(), canonicalPerson(person)));
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

    /** The person a last name stands for ("Hùng", "Secretary Carver"): in the report, or else in the register. */
    private @Nullable String byLastName(String word) {
        String match = byWordsOfName(word, true);
        if (match == null) {
            Register.Known k = register.personByLastName(word);
            if (k != null) {
                match = k.name();
                DocPerson registered = new DocPerson(k.name(), k.title(), k.country(), null, null);
                if (people.putIfAbsent(NameKey.of(k.name()), registered) == null) {
                    index(registered);
                }
            }
        }
        return match;
    }

    /**
     * The one person of the report whose name ends with these words, or (unless {@code lastOnly}) begins with them:
     * "Airlangga" for Airlangga Hartarto (an Indonesian is called by the first name), "Tengku Zafrul" for Tengku Zafrul
     * Aziz. Null when none or several fit.
     */
    private @Nullable String byWordsOfName(String part, boolean lastOnly) {
        String[] split = part.strip().split("\\s+");
        String words = wordKeys(split, 0, split.length);
        // Everyone whose name begins or ends with the words, in the order the report named them: one is the answer.
        DocPerson match = null;
        for (List<DocPerson> fitting : lastOnly ? List.of(byLastWords.getOrDefault(words, List.of()))
                : List.of(byLastWords.getOrDefault(words, List.of()), byFirstWords.getOrDefault(words, List.of()))) {
            for (DocPerson p : fitting) {
                Work.add(1);
                if (match != null && match != p) {
                    return null;
                }
                match = p;
            }
        }
        return match == null ? null : match.name;
    }

    private void index(DocPerson p) {
        String[] name = withoutSuffix(p.name);
        for (int w = 1; w < name.length; w++) {
            byFirstWords.computeIfAbsent(wordKeys(name, 0, w), k -> new ArrayList<>(1)).add(p);
            byLastWords.computeIfAbsent(wordKeys(name, name.length - w, name.length), k -> new ArrayList<>(1)).add(p);
        }
    }

    /** The words' keys joined by a space, which no key holds: two runs of words are one name's if these are equal. */
    private static String wordKeys(String[] words, int from, int to) {
        StringBuilder k = new StringBuilder();
        for (int i = from; i < to; i++) {
            k.append(i > from ? " " : "").append(NameKey.of(words[i]));
        }
        return k.toString();
    }

    /** How often the text names each country, counted once for the whole report however many rounds ask. */
    Map<String, Integer> countriesInText() {
        if (countries == null) {
            countries = Collections.unmodifiableMap(Places.countriesIn(text));
            Work.add(text.length());
        }
        return countries;
    }

    /** A name's words without "Jr." or "III", which a short form never gives ("Secretary Carver" of John M. Carver Jr.). */
    private static String[] withoutSuffix(String name) {
        String[] w = name.split("\\s+");
        return w.length > 1 && Lexicon.SUFFIXES.contains(w[w.length - 1]) ? java.util.Arrays.copyOf(w, w.length - 1) : w;
    }

    List<Extraction.Person> people(List<Extraction.Event> events) {
        Set<String> taking = new LinkedHashSet<>();
        events.forEach(e -> e.participants().forEach(n -> taking.add(NameKey.of(n))));
        List<Extraction.Person> out = new ArrayList<>();
        for (DocPerson p : people.values()) {
            if (taking.contains(NameKey.of(p.name))) {
                out.add(new Extraction.Person(p.name, List.of(), p.title, p.country, p.affiliation, p.evidence,
                        learnt.getOrDefault(NameKey.of(p.name), Confidence.RULES_PEOPLE)));
            }
        }
        return out;
    }

    List<Extraction.Organisation> organisations(List<Extraction.Event> events) {
        Set<String> taking = new LinkedHashSet<>();
        events.forEach(e -> e.participants().forEach(n -> taking.add(NameKey.of(n))));
        List<Extraction.Organisation> out = new ArrayList<>();
        for (DocOrganisation o : organisations.values()) {
            out.add(new Extraction.Organisation(o.name, o.acronym, o.country, o.kind, taking.contains(NameKey.of(o.name)), o.evidence,
                    learnt.getOrDefault(NameKey.of(o.name), Confidence.RULES_ORGANISATIONS)));
        }
        return out;
    }

    static final class DocPerson {
        final String name;
        @Nullable String title;
        boolean titleFromHeadline;
        @Nullable String country;
        /** The text says the country ("Vietnamese", "India's", "of the Republican Party"); it was not inferred. */
        boolean countryStated;
        final @Nullable String affiliation;
        final @Nullable Evidence evidence;

        DocPerson(String name, @Nullable String title, @Nullable String country, @Nullable String affiliation,
                  @Nullable Evidence evidence) {
            this.name = name;
            this.title = title;
            this.country = country;
            this.affiliation = affiliation;
            this.evidence = evidence;
        }
    }

    record DocOrganisation(String name, @Nullable String acronym, @Nullable OrganisationKind kind, @Nullable String country, Evidence evidence) {
    }
}
