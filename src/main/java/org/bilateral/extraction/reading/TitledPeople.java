package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import static org.bilateral.extraction.reading.Appositions.apposition;
import static org.bilateral.extraction.reading.NameWords.isTitleWord;
import static org.bilateral.extraction.reading.NameWords.nameWord;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.countryOfPerson;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.List;
import org.bilateral.extraction.reading.Appositions.Apposition;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "US Senator Bill Hagerty", "Minister of Industry and Trade Nguyen Hong Dien": a title before the name, with the country, portfolio and organisation around it. */
final class TitledPeople implements NameRule {

    @Override
    public void apply(Claims claims) {
        List<Token> t = claims.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!claims.isClaimed(i) && isTitleWord(t.get(i))) {
                i = titledPerson(claims, i);
            }
        }
    }

    /** The person whose title starts at token {@code i}, with what the title says of them; answers the last token read. */
    private static int titledPerson(Claims claims, int i) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        TitleParts.Head head = TitleParts.head(t, i);
        int j = head.end();
        if (!head.strong() || head.words() == 0 || endsWithModifierOnly(t, i, j) || head.inner() != null && j - i == 2) {
            return j - 1;
        }
        int titleEnd = TitleParts.portfolioEnd(t, j);
        String bodyOfTitle = null;
        int honorific = honorificAfter(t, j, claims);
        if (honorific > titleEnd) {
            TitleParts.Body body = TitleParts.bodyBefore(s, t, j, honorific, claims);
            bodyOfTitle = body.organisation();
            titleEnd = body.end();
        }
        int nameFrom0 = TitleParts.nameFrom(t, claims, honorific, titleEnd);
        List<Token> name = TitleParts.nameWords(t, claims, nameFrom0);
        int n = nameFrom0 + name.size();
        int suffixTokens = TitleParts.suffixTokens(t, n, name);
        String suffix = suffixTokens == 0 ? "" : " " + t.get(n + suffixTokens - 1).text();
        // An unknown portfolio word before the name ("Secretary of the Navy John Smith") belongs to the title.
        boolean afterPortfolio = titleEnd > j;
        int cut = honorific > 0 || nameFrom0 > titleEnd ? 0 : nameStart(name, afterPortfolio);
        if (cut > 0) {
            titleEnd += cut;
            name = name.subList(cut, name.size());
        }
        if (name.isEmpty() || (name.size() == 1 && n < t.size() && t.get(n).is("'s") && !afterPortfolio
                && !Lexicon.TITLE_HEADS.contains(t.get(j - 1).text()))) {
            return Math.max(i, titleEnd - 1);
        }
        return claimed(claims, TitleParts.titleStart(s, t, i, claims), titleEnd, head.inner(), bodyOfTitle, name, suffix, suffixTokens);
    }

    /**
     * The titled person claimed, from the country or organisation before the title to the party or apposition after
     * the name; answers the last token of the claim.
     */
    private static int claimed(Claims claims, int titleStart, int titleEnd, String inner, String bodyOfTitle, List<Token> name,
                               String suffix, int suffixTokens) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        String country = null;
        int from = titleStart;
        int i = titleStart;
        // nationality before the title: "US Senator", "Vietnamese Acting Minister", "India's Minister", "EU Ambassador"
        Nationality nationality = nationalityBefore(s, t, i, claims);
        boolean countryInTitle = false;
        if (nationality == null && inner != null) {
            country = inner;
            countryInTitle = true;
        } else if (nationality != null) {
            country = nationality.code();
            from = nationality.from();
            countryInTitle = nationality.partOfTitle();
        }
        int affiliationFrom = from == i ? TitleParts.affiliationBefore(s, t, i, claims) : -1;
        String affiliation = affiliationFrom >= 0 ? s.substring(t.get(affiliationFrom).start(), t.get(i - 1).end()) : bodyOfTitle;
        // A country's name or an organisation before the title is part of it ("United States Trade Representative",
        // "EU Ambassador", "USAID/Vietnam Mission Director"); a demonym or a possessive only says whose it is.
        int titleFrom = countryInTitle ? from : affiliationFrom >= 0 ? affiliationFrom : titleStart;
        String title = s.substring(t.get(titleFrom).start(), t.get(titleEnd - 1).end());
        int nameFrom = tokenAt(t, name.get(0).start());
        int nameTo = nameFrom + name.size();
        String personName = s.substring(t.get(nameFrom).start(), t.get(nameTo - 1).end()) + suffix;
        nameTo += suffixTokens;
        int spanEnd = nameTo;
        TitleParts.Party party = TitleParts.partyAfter(s, t, nameTo, claims);
        if (party != null) {
            affiliation = affiliation == null ? party.name() : affiliation;
            spanEnd = party.end();
        }
        Apposition appo = apposition(s, t, spanEnd);
        if (appo != null) {
            if (appo.title() != null) {
                title = title + ", " + appo.title();
            }
            if (country == null) {
                country = appo.country();
            }
            spanEnd = appo.endToken();
        }
        claims.claim(from, spanEnd);
        // A country's name in the title ("United States Trade Representative") is the office's, not a qualification.
        boolean stated = country != null && !countryInTitle || affiliation != null && countryOf(affiliation) != null;
        if (country == null) {
            country = countryOfPerson(personName, title);
        }
        claims.add(new PersonMention(t.get(nameFrom).start(), t.get(nameTo - 1).end(), personName, title, country,
                affiliation, name.size() == 1, t.get(spanEnd - 1).end(), stated));
        return spanEnd - 1;
    }

    /** A country named before a title, where it starts, and whether it is part of the title (a name, not a demonym). */
    record Nationality(String code, int from, boolean partOfTitle) {
    }

    static Nationality nationalityBefore(String s, List<Token> t, int i, Claims claims) {
        return nationalityBefore(s, t, i, claims::isClaimed);
    }

    /** The same, where the words already claimed are told by index (the trained mentions step holds only the flags). */
    static @Nullable Nationality nationalityBefore(String s, List<Token> t, int i, java.util.function.IntPredicate claimed) {
        int end = i;
        boolean possessive = end > 0 && t.get(end - 1).is("'s");
        if (possessive) {
            end--;
        }
        for (int words = Math.min(Places.LONGEST_NATIONALITY, end); words >= 1; words--) {
            int from = end - words;
            if (claimed.test(from) || from > 0 && t.get(from - 1).is("/")) {
                continue; // "USAID/Vietnam Mission Director": the mission's place, not the person's country
            }
            String phrase = s.substring(t.get(from).start(), t.get(end - 1).end());
            String code = Places.NATIONALITIES.get(phrase);
            if (code == null && possessive) {
                code = Places.NATIONALITIES.get(phrase + "'s");
            }
            if (code == null && Places.STATES.containsKey(phrase)) {
                // "Texas Agriculture Commissioner": a state's official, of the state's country; the state is in the title
                return new Nationality(Places.STATES.get(phrase), from, !possessive);
            }
            if (code != null) {
                boolean demonym = Places.DEMONYMS.contains(phrase);
                return new Nationality(code, from, !demonym && !possessive);
            }
        }
        return null;
    }

    /** Where an honorific ("Mr.", "Ms.") stands within a dozen capitalised words after a title head, or -1. */
    private static int honorificAfter(List<Token> t, int j, Claims claims) {
        if (j >= t.size() || !t.get(j).is("of")) {
            return -1;
        }
        for (int k = j + 1; k < t.size() && k < j + 14; k++) {
            Token w = t.get(k);
            if (Lexicon.HONORIFICS.contains(w.text())) {
                return k + 1 < t.size() && nameWord(t.get(k + 1)) && k > j + 1 ? k : -1;
            }
            if (!(w.capitalised() || Lexicon.CONNECTORS.contains(w.text()) || w.is("(") || w.is(")") || w.is("-"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean endsWithModifierOnly(List<Token> t, int i, int j) {
        return j - i == 1 && Lexicon.TITLE_MODIFIERS.contains(t.get(i).text()) && !Lexicon.TITLE_HEADS.contains(t.get(i).text());
    }

    /** Where the name starts among the capitalised words after a title: at a Vietnamese family name, or the last two. */
    private static int nameStart(List<Token> name, boolean afterPortfolio) {
        for (int i = 1; i < name.size() - 1; i++) {
            if (Lexicon.PATRONYMIC_JOINERS.contains(name.get(i).text())) {
                return Math.max(0, i - 2); // "Siti Aminah binti Yusof": two given names at most before "binti"
            }
        }
        for (int i = 0; i < name.size() - 1; i++) {
            if (Lexicon.isVietnameseFamilyName(name.get(i).text()) && name.size() - i <= 4 && name.size() - i >= 2) {
                return i;
            }
        }
        if (name.size() > 3) {
            boolean initial = name.get(name.size() - 2).text().matches("\\p{Lu}\\.");
            return name.size() - (initial ? 3 : 2);
        }
        return 0;
    }
}
