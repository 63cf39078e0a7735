package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.reading.MentionModel.Mention;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

/**
 * The reader's step after the rules of {@link Names}: the people and organisations the trained {@link MentionModel}
 * finds in words no rule claimed. A person takes as title the title the model found next to the name (before it,
 * or after a comma), and a country from a nationality before that title ({@link Names#nationalityBefore}) or from the
 * name and title ({@link Names#countryOfPerson}), as the rules do. A span the model is less sure of than
 * {@link MentionModel#threshold()} is left out; what it adds carries the model's probability as its confidence.
 */
final class Mentions {

    private final MentionModel model;

    Mentions(MentionModel model) {
        this.model = model;
    }

    /** What the rules found in the sentence, and besides it what the model found in unclaimed words. */
    Names.Found add(String s, List<Token> t, Names.Found rules, Cast cast) {
        // What the model adds opens on a capitalised word no rule claimed: without one, the sentence is not asked,
        // which keeps the reader's speed (the model and its part-of-speech tagger cost more than all the rules).
        if (!opening(t, rules.claimed())) {
            return rules;
        }
        List<Mention> found = model.find(t);
        if (found.isEmpty()) {
            return rules;
        }
        boolean[] claimed = rules.claimed().clone();
        List<PersonMention> people = new ArrayList<>(rules.people());
        List<OrganisationMention> organisations = new ArrayList<>(rules.organisations());
        boolean added = false;
        for (Mention m : found) {
            if (m.probability() < model.threshold() || m.type().equals(MentionSpans.TITLE) || claimedAny(claimed, m.start(), m.end())
                    || !t.get(m.start()).capitalised()) {
                continue;
            }
            String name = s.substring(t.get(m.start()).start(), t.get(m.end() - 1).end());
            if (m.type().equals(MentionSpans.PERSON)) {
                people.add(person(s, t, m, name, found, claimed, people));
            } else {
                boolean affiliation = found.stream().anyMatch(o -> o.start() == m.end() && !o.type().equals(MentionSpans.ORGANISATION));
                OrganisationKind kind = Names.organisationKind(t, m.start(), m.end());
                organisations.add(new OrganisationMention(t.get(m.start()).start(), t.get(m.end() - 1).end(), name, null,
                        kind == null ? OrganisationKind.OTHER : kind, Names.countryOf(name), affiliation));
            }
            for (int c = m.start(); c < m.end(); c++) {
                claimed[c] = true;
            }
            String key = NameKey.of(name);
            if (!cast.people.containsKey(key) && !cast.organisations.containsKey(key)) {
                cast.learnt.put(key, new Confidence(m.probability()));
            }
            added = true;
        }
        if (!added) {
            return rules;
        }
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        organisations.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Names.Found(List.copyOf(people), List.copyOf(organisations), claimed);
    }

    private PersonMention person(String s, List<Token> t, Mention m, String name, List<Mention> found, boolean[] claimed,
                                 List<PersonMention> before) {
        Mention title = titleBefore(t, m, found);
        boolean after = false;
        if (title == null) {
            title = titleAfter(t, m, found);
            after = title != null;
        }
        String titleText = title == null ? null : s.substring(t.get(title.start()).start(), t.get(title.end() - 1).end());
        TitledPeople.Nationality nationality = TitledPeople.nationalityBefore(s, t, title != null && !after ? title.start() : m.start(),
                k -> claimed[k]);
        String near = nationality == null && title == null ? demonymBefore(t, m.start()) : null;
        if (nationality == null && near == null && title != null && !after) {
            near = listedAfter(t, title.start(), before);
        }
        String country = nationality != null ? nationality.code() : near != null ? near : Names.countryOfPerson(name, titleText);
        if (nationality != null && nationality.partOfTitle() && titleText != null && !after) {
            titleText = s.substring(t.get(nationality.from()).start(), t.get(title.end() - 1).end());
        }
        if (title != null) {
            for (int c = title.start(); c < title.end(); c++) {
                claimed[c] = true;
            }
        }
        int spanEnd = after ? t.get(title.end() - 1).end() : t.get(m.end() - 1).end();
        return new PersonMention(t.get(m.start()).start(), t.get(m.end() - 1).end(), name, titleText, country, null,
                m.end() - m.start() == 1, spanEnd, nationality != null || near != null);
    }

    /**
     * "US commerce secretary X, treasury secretary Y and trade representative Z": a title after a comma or "and" that
     * closes another person's name shares that person's stated country.
     */
    private static @Nullable String listedAfter(List<Token> t, int titleStart, List<PersonMention> before) {
        if (titleStart < 2 || !(t.get(titleStart - 1).is(",") || t.get(titleStart - 1).is("and"))) {
            return null;
        }
        int previous = t.get(titleStart - 2).end();
        for (PersonMention p : before) {
            if (p.end() == previous && p.countryStated()) {
                return p.country();
            }
        }
        return null;
    }

    /**
     * "Australian officials headed by X", "a Korean delegation led by X": a demonym a few lower-case words before an
     * untitled name says whose side the person is on.
     */
    static @Nullable String demonymBefore(List<Token> t, int at) {
        for (int i = at - 1; i >= 0 && at - i <= 5; i--) {
            String w = t.get(i).text();
            if (Places.DEMONYMS.contains(w)) {
                return at - i >= 3 ? Places.NATIONALITIES.get(w) : null;
            }
            if (!Character.isLowerCase(w.charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The title the model found just before the name, with at most an acronym in brackets, an honorific or a comma
     * between: "Trade Representative (USTR) Katherine Tai", "Minister Datuk Seri Tengku Zafrul".
     */
    private @Nullable Mention titleBefore(List<Token> t, Mention m, List<Mention> found) {
        for (Mention title : found) {
            if (!title.type().equals(MentionSpans.TITLE) || title.end() > m.start() || m.start() - title.end() > 3
                    || title.probability() < model.threshold()) {
                continue;
            }
            boolean between = true;
            for (int i = title.end(); i < m.start(); i++) {
                String w = t.get(i).text();
                between &= w.equals("(") || w.equals(")") || w.equals(",") || Lexicon.HONORIFICS.contains(w) || w.equals(w.toUpperCase());
            }
            if (between) {
                return title;
            }
        }
        return null;
    }

    /** "Korea's lead negotiator, X," is a title before; "X, Minister of Trade," is one after the comma. */
    private @Nullable Mention titleAfter(List<Token> t, Mention m, List<Mention> found) {
        if (m.end() >= t.size() || !t.get(m.end()).is(",")) {
            return null;
        }
        for (Mention title : found) {
            if (title.type().equals(MentionSpans.TITLE) && title.probability() >= model.threshold()
                    && (title.start() == m.end() + 1 || title.start() == m.end() + 2 && t.get(m.end() + 1).text().equalsIgnoreCase("the"))) {
                // "X, treasury secretary Y": the title after the comma is the next person's
                boolean opensNext = found.stream().anyMatch(p -> p.type().equals(MentionSpans.PERSON) && p.start() == title.end());
                return opensNext ? null : title;
            }
        }
        return null;
    }

    private static boolean opening(List<Token> t, boolean[] claimed) {
        for (int i = 0; i < t.size(); i++) {
            if (!claimed[i] && t.get(i).capitalised() && t.get(i).word() && !Lexicon.NOT_NAMES.contains(t.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean claimedAny(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }
}
