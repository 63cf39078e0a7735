package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import static org.bilateral.extraction.reading.NameWords.afterMalayHonours;
import static org.bilateral.extraction.reading.NameWords.continuesName;
import static org.bilateral.extraction.reading.NameWords.familyNameWord;
import static org.bilateral.extraction.reading.NameWords.isTitleWord;
import static org.bilateral.extraction.reading.NameWords.joiners;
import static org.bilateral.extraction.reading.NameWords.nameWord;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.organisationKind;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * The parts of a titled person's mention, each read on its own for {@link TitledPeople}: the title's words and its
 * portfolio ("Minister of Industry and Trade"), the body named before an honorific, where the name starts and its
 * words and suffix, the portfolio or organisation before the title ("Commerce Secretary", "Vietnam Airlines CEO") and
 * the party after the name ("Senator X of the Republican Party").
 */
final class TitleParts {

    private TitleParts() {
    }

    /** A title's words from its first: where they end, whether a head ("Minister") is among them, and a country inside. */
    record Head(int end, boolean strong, int words, String inner) {
    }

    /** The organisation an honorific closes ("of the General Department of Customs (GDVC) Mr."), and where the title ends. */
    record Body(String organisation, int end) {
    }

    /** The party a person is "of", and the token after it. */
    record Party(String name, int end) {
    }

    static Head head(List<Token> t, int i) {
        int j = i;
        boolean strong = false;
        int words = 0;
        String inner = null; // "Assistant US Trade Representative": the country inside the title
        while (j < t.size() && (isTitleWord(t.get(j)) || (t.get(j).is("-") && j + 1 < t.size() && isTitleWord(t.get(j + 1)))
                || words > 0 && j + 1 < t.size() && Places.NATIONALITIES.containsKey(t.get(j).text()) && isTitleWord(t.get(j + 1)))) {
            if (Places.NATIONALITIES.containsKey(t.get(j).text())) {
                inner = Places.NATIONALITIES.get(t.get(j).text());
            }
            if (Lexicon.TITLE_HEADS.contains(t.get(j).text()) && (!Lexicon.WEAK_HEADS.contains(t.get(j).text()) || words > 0)) {
                strong = true;
            }
            words++;
            j++;
        }
        return new Head(j, strong, words, inner);
    }

    /** Where the title ends with its portfolio: "of Industry and Trade", "for Economic Growth" run on while portfolio words. */
    static int portfolioEnd(List<Token> t, int j) {
        int titleEnd = j;
        boolean envoy = Lexicon.ENVOYS.contains(t.get(j - 1).text());
        if (j + 1 < t.size() && (t.get(j).is("of") || t.get(j).is("for") || (envoy && t.get(j).is("to")))
                && (t.get(j + 1).capitalised() || t.get(j + 1).is("the"))) {
            int k = j + 1;
            int last = -1;
            while (k < t.size()) {
                Token w = t.get(k);
                // a region is a portfolio too: "Assistant Secretary for South and Central Asia"
                if (Lexicon.PORTFOLIO.contains(w.text()) || Places.NATIONALITIES.containsKey(w.text()) || Lexicon.REGION_WORDS.contains(w.text())) {
                    last = k;
                    k++;
                } else if ((Lexicon.CONNECTORS.contains(w.text()) || w.is(",") && portfolioListCloses(t, k)) && k + 1 < t.size()
                        && (Lexicon.PORTFOLIO.contains(t.get(k + 1).text()) || Lexicon.REGION_WORDS.contains(t.get(k + 1).text()) || t.get(k + 1).is("the"))) {
                    k++;
                } else {
                    break;
                }
            }
            if (last > 0) {
                titleEnd = last + 1;
            }
        }
        return titleEnd;
    }

    /**
     * "Deputy Director General of the General Department of Customs (GDVC) Mr. X": the honorific ends the title, and the
     * body it names is claimed as an organisation.
     */
    static Body bodyBefore(String s, List<Token> t, int j, int honorific, Claims claims) {
        int close = honorific;
        int acronymAt = -1;
        if (t.get(close - 1).is(")") && close - 3 > j && t.get(close - 3).is("(")) {
            acronymAt = close - 2;
            close -= 3;
        }
        String bodyOfTitle = null;
        int orgFrom = j + 1 < close && t.get(j + 1).is("the") ? j + 2 : j + 1;
        if (orgFrom < close) {
            String org = s.substring(t.get(orgFrom).start(), t.get(close - 1).end());
            OrganisationKind kind = organisationKind(t, orgFrom, close);
            claims.add(new OrganisationMention(t.get(orgFrom).start(), t.get(close - 1).end(), org,
                    acronymAt < 0 ? null : t.get(acronymAt).text(), kind == null ? OrganisationKind.OTHER : kind, countryOf(org), true));
            bodyOfTitle = org;
        }
        return new Body(bodyOfTitle, close);
    }

    /** Where the name after a title starts: past the honorific, a comma, the office's acronym or Malay honours. */
    static int nameFrom(List<Token> t, Claims claims, int honorific, int titleEnd) {
        int n = honorific > 0 ? honorific + 1 : titleEnd;
        if (n == titleEnd && n + 2 < t.size() && t.get(n).is(",") && nameWord(t.get(n + 1)) && nameWord(t.get(n + 2))) {
            n++; // "India's Minister of Commerce and Industry, Piyush Goyal"
        }
        // "Trade Representative (USTR) Jamieson Greer": the office's acronym stands between the title and the name
        if (honorific < 0 && n == titleEnd && n + 3 < t.size() && t.get(n).is("(") && t.get(n + 2).is(")")
                && acronym(t.get(n + 1)) && !claims.isClaimed(n + 3) && nameWord(t.get(n + 3))) {
            n += 3;
        }
        // "Prime Minister Tan Sri Datuk Mohd Rahman Abdullah": the honours belong to neither the title nor the name
        if (honorific < 0 && n < t.size() && !claims.isClaimed(n)) {
            n = afterMalayHonours(t, n);
        }
        return n;
    }

    /** The name's words from {@code n}: five at most, joiners ("bin", "van") aside. */
    static List<Token> nameWords(List<Token> t, Claims claims, int n) {
        List<Token> name = new ArrayList<>();
        while (n < t.size() && name.size() - joiners(name, 0, name.size()) < 5 && !claims.isClaimed(n) && (nameWord(t.get(n))
                || name.isEmpty() && familyNameWord(t, n) || !name.isEmpty() && continuesName(t, n))) {
            name.add(t.get(n));
            n++;
        }
        return name;
    }

    /** "Joseph R. Biden, Jr.": the suffix's tokens after the name (with its comma, 2; without, 1), or 0. */
    static int suffixTokens(List<Token> t, int n, List<Token> name) {
        if (n + 1 < t.size() && t.get(n).is(",") && Lexicon.SUFFIXES.contains(t.get(n + 1).text()) && !name.isEmpty()) {
            return 2;
        } else if (n < t.size() && Lexicon.SUFFIXES.contains(t.get(n).text()) && !name.isEmpty()) {
            return 1;
        }
        return 0;
    }

    /** Where the title starts: "Treasury Secretary", "Commerce Secretary": a portfolio before the head belongs to it. */
    static int titleStart(String s, List<Token> t, int i, Claims claims) {
        int titleStart = i;
        while (titleStart > 0 && Lexicon.PORTFOLIO.contains(t.get(titleStart - 1).text()) && t.get(titleStart - 1).capitalised()
                && !claims.isClaimed(titleStart - 1) && !Places.NATIONALITIES.containsKey(t.get(titleStart - 1).text())) {
            titleStart--;
            // "Commerce and Industry Minister": portfolios joined by "and" before the head
            // and "Economy, Trade and Industry Minister": listed with commas before the "and"
            if (titleStart > 1 && (t.get(titleStart - 1).is("and") || t.get(titleStart - 1).is("&") || t.get(titleStart - 1).is(",")
                    && s.substring(t.get(titleStart).start(), t.get(i).start()).contains(" and "))
                    && Lexicon.PORTFOLIO.contains(t.get(titleStart - 2).text()) && t.get(titleStart - 2).capitalised() && !claims.isClaimed(titleStart - 2)) {
                titleStart--;
            }
        }
        return titleStart;
    }

    /**
     * "Vietnam Airlines CEO X": the organisation before the title at {@code i}, claimed; answers where it starts, or -1
     * when the word before the title names none.
     */
    static int affiliationBefore(String s, List<Token> t, int i, Claims claims) {
        boolean mission = i > 1 && t.get(i - 2).is("/"); // "USAID/Vietnam Mission Director"
        if (!(i > 0 && t.get(i - 1).capitalised() && (mission || !Lexicon.NOT_NAMES.contains(t.get(i - 1).text())))) {
            return -1;
        }
        int a = i - 1;
        while (a > 0 && (t.get(a - 1).capitalised() || Lexicon.CONNECTORS.contains(t.get(a - 1).text()) || t.get(a - 1).is("/"))
                && (!Lexicon.NOT_NAMES.contains(t.get(a - 1).text()) || a >= 2 && t.get(a - 2).is("/")) && !claims.isClaimed(a - 1)) {
            a--;
        }
        while (a < i && !t.get(a).capitalised()) {
            a++;
        }
        if (a < i && t.get(a).is("/")) {
            a++;
        }
        if (a >= i) {
            return -1;
        }
        String affiliation = s.substring(t.get(a).start(), t.get(i - 1).end());
        OrganisationKind kind = organisationKind(t, a, i);
        claims.add(new OrganisationMention(t.get(a).start(), t.get(i - 1).end(), affiliation, null,
                kind == null ? OrganisationKind.OTHER : kind, countryOf(affiliation), true));
        claims.claim(a, i);
        return a;
    }

    /** "Senator X of the Republican Party": the party qualifies the person and takes no part itself; claimed. */
    static @Nullable Party partyAfter(String s, List<Token> t, int nameTo, Claims claims) {
        if (!(nameTo + 1 < t.size() && t.get(nameTo).is("of"))) {
            return null;
        }
        int a = nameTo + 1;
        if (t.get(a).is("the")) {
            a++;
        }
        int e = a;
        while (e < t.size() && (t.get(e).capitalised() && t.get(e).word()
                || (Lexicon.CONNECTORS.contains(t.get(e).text()) && e + 1 < t.size() && t.get(e + 1).capitalised() && e > a))) {
            e++;
        }
        if (e <= a) {
            return null;
        }
        String org = s.substring(t.get(a).start(), t.get(e - 1).end());
        OrganisationKind kind = organisationKind(t, a, e);
        claims.add(new OrganisationMention(t.get(a).start(), t.get(e - 1).end(), org, null,
                kind == null ? OrganisationKind.OTHER : kind, countryOf(org), true));
        return new Party(org, e);
    }

    /** "of Investment, Trade and Industry": a comma in a portfolio when portfolio words and an "and" close the list. */
    static boolean portfolioListCloses(List<Token> t, int comma) {
        for (int k = comma + 1; k < t.size() && k < comma + 8; k++) {
            Token w = t.get(k);
            if (w.is("and") || w.is("&")) {
                return k + 1 < t.size() && Lexicon.PORTFOLIO.contains(t.get(k + 1).text());
            }
            if (!Lexicon.PORTFOLIO.contains(w.text()) && !w.is(",")) {
                return false;
            }
        }
        return false;
    }


    /** "USTR", "MOIT": two or more letters, all capitals. */
    static boolean acronym(Token w) {
        String x = w.text();
        return x.length() >= 2 && x.chars().allMatch(Character::isLetter) && x.equals(x.toUpperCase(java.util.Locale.ROOT));
    }

}
