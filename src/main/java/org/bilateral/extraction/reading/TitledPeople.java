package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.Appositions.apposition;
import static org.bilateral.extraction.reading.NameWords.afterMalayHonours;
import static org.bilateral.extraction.reading.NameWords.continuesName;
import static org.bilateral.extraction.reading.NameWords.familyNameWord;
import static org.bilateral.extraction.reading.NameWords.joiners;
import static org.bilateral.extraction.reading.NameWords.isTitleWord;
import static org.bilateral.extraction.reading.NameWords.nameWord;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.countryOfPerson;
import static org.bilateral.extraction.reading.Names.organisationKind;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Appositions.Apposition;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "US Senator Bill Hagerty", "Minister of Industry and Trade Nguyen Hong Dien": a title before the name, with the country, portfolio and organisation around it. */
final class TitledPeople implements NameRule {

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (claims.isClaimed(i) || !isTitleWord(t.get(i))) {
                continue;
            }
            int j = i;
            boolean strong = false;
            int words = 0;
            String inner = null; // "Assistant US Trade Representative": the country inside the title
            while (j < t.size() && (isTitleWord(t.get(j)) || (t.get(j).is("-") && j + 1 < t.size() && isTitleWord(t.get(j + 1)))
                    || words > 0 && j + 1 < t.size() && Lexicon.NATIONALITIES.containsKey(t.get(j).text()) && isTitleWord(t.get(j + 1)))) {
                if (Lexicon.NATIONALITIES.containsKey(t.get(j).text())) {
                    inner = Lexicon.NATIONALITIES.get(t.get(j).text());
                }
                if (Lexicon.TITLE_HEADS.contains(t.get(j).text()) && (!Lexicon.WEAK_HEADS.contains(t.get(j).text()) || words > 0)) {
                    strong = true;
                }
                words++;
                j++;
            }
            if (!strong || words == 0 || endsWithModifierOnly(t, i, j) || inner != null && j - i == 2) {
                i = j - 1;
                continue;
            }
            int titleEnd = j;
            // "of Industry and Trade", "for Economic Growth": the portfolio runs on while its words are portfolio words
            boolean envoy = Lexicon.ENVOYS.contains(t.get(j - 1).text());
            if (j + 1 < t.size() && (t.get(j).is("of") || t.get(j).is("for") || (envoy && t.get(j).is("to")))
                    && (t.get(j + 1).capitalised() || t.get(j + 1).is("the"))) {
                int k = j + 1;
                int last = -1;
                while (k < t.size()) {
                    Token w = t.get(k);
                    // a region is a portfolio too: "Assistant Secretary for South and Central Asia"
                    if (Lexicon.PORTFOLIO.contains(w.text()) || Lexicon.NATIONALITIES.containsKey(w.text()) || Lexicon.REGION_WORDS.contains(w.text())) {
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
            String bodyOfTitle = null;
            int honorific = honorificAfter(t, j, claims);
            if (honorific > titleEnd) {
                // "Deputy Director General of the General Department of Customs (GDVC) Mr. X": the honorific ends the title.
                int close = honorific;
                int acronymAt = -1;
                if (t.get(close - 1).is(")") && close - 3 > j && t.get(close - 3).is("(")) {
                    acronymAt = close - 2;
                    close -= 3;
                }
                int orgFrom = j + 1 < close && t.get(j + 1).is("the") ? j + 2 : j + 1;
                if (orgFrom < close) {
                    String org = s.substring(t.get(orgFrom).start(), t.get(close - 1).end());
                    OrganisationKind kind = organisationKind(t, orgFrom, close);
                    claims.add(new OrganisationMention(t.get(orgFrom).start(), t.get(close - 1).end(), org,
                            acronymAt < 0 ? null : t.get(acronymAt).text(), kind == null ? OrganisationKind.OTHER : kind, countryOf(org), true));
                    bodyOfTitle = org;
                }
                titleEnd = close;
            }
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
            int nameFrom0 = n;
            List<Token> name = new ArrayList<>();
            while (n < t.size() && name.size() - joiners(name, 0, name.size()) < 5 && !claims.isClaimed(n) && (nameWord(t.get(n))
                    || name.isEmpty() && familyNameWord(t, n) || !name.isEmpty() && continuesName(t, n))) {
                name.add(t.get(n));
                n++;
            }
            // "Joseph R. Biden, Jr.": the suffix is part of the name, written without the comma
            int suffixTokens = 0;
            if (n + 1 < t.size() && t.get(n).is(",") && Lexicon.SUFFIXES.contains(t.get(n + 1).text()) && !name.isEmpty()) {
                suffixTokens = 2;
            } else if (n < t.size() && Lexicon.SUFFIXES.contains(t.get(n).text()) && !name.isEmpty()) {
                suffixTokens = 1;
            }
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
                i = Math.max(i, titleEnd - 1);
                continue;
            }
            int titleStart = i;
            // "Treasury Secretary", "Commerce Secretary": a portfolio before the head belongs to the title
            while (titleStart > 0 && Lexicon.PORTFOLIO.contains(t.get(titleStart - 1).text()) && t.get(titleStart - 1).capitalised()
                    && !claims.isClaimed(titleStart - 1) && !Lexicon.NATIONALITIES.containsKey(t.get(titleStart - 1).text())) {
                titleStart--;
                // "Commerce and Industry Minister": portfolios joined by "and" before the head
                // and "Economy, Trade and Industry Minister": listed with commas before the "and"
                if (titleStart > 1 && (t.get(titleStart - 1).is("and") || t.get(titleStart - 1).is("&") || t.get(titleStart - 1).is(",")
                        && s.substring(t.get(titleStart).start(), t.get(i).start()).contains(" and "))
                        && Lexicon.PORTFOLIO.contains(t.get(titleStart - 2).text()) && t.get(titleStart - 2).capitalised() && !claims.isClaimed(titleStart - 2)) {
                    titleStart--;
                }
            }
            String country = null;
            int from = titleStart;
            i = titleStart;
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
            String affiliation = bodyOfTitle;
            int affiliationFrom = -1;
            boolean mission = i > 1 && t.get(i - 2).is("/"); // "USAID/Vietnam Mission Director"
            if (from == i && i > 0 && t.get(i - 1).capitalised() && (mission || !Lexicon.NOT_NAMES.contains(t.get(i - 1).text()))) {
                // "Vietnam Airlines CEO X": the organisation before the title
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
                if (a < i) {
                    affiliation = s.substring(t.get(a).start(), t.get(i - 1).end());
                    affiliationFrom = a;
                    OrganisationKind kind = organisationKind(t, a, i);
                    claims.add(new OrganisationMention(t.get(a).start(), t.get(i - 1).end(), affiliation, null,
                            kind == null ? OrganisationKind.OTHER : kind, countryOf(affiliation), true));
                    claims.claim(a, i);
                }
            }
            // A country's name or an organisation before the title is part of it ("United States Trade Representative",
            // "EU Ambassador", "USAID/Vietnam Mission Director"); a demonym or a possessive only says whose it is.
            int titleFrom = countryInTitle ? from : affiliationFrom >= 0 ? affiliationFrom : titleStart;
            String title = s.substring(t.get(titleFrom).start(), t.get(titleEnd - 1).end());
            int nameFrom = tokenAt(t, name.get(0).start());
            int nameTo = nameFrom + name.size();
            String personName = s.substring(t.get(nameFrom).start(), t.get(nameTo - 1).end()) + suffix;
            nameTo += suffixTokens;
            int spanEnd = nameTo;
            // "Senator X of the Republican Party": the party qualifies the person and takes no part itself.
            if (nameTo + 1 < t.size() && t.get(nameTo).is("of")) {
                int a = nameTo + 1;
                if (t.get(a).is("the")) {
                    a++;
                }
                int e = a;
                while (e < t.size() && (t.get(e).capitalised() && t.get(e).word()
                        || (Lexicon.CONNECTORS.contains(t.get(e).text()) && e + 1 < t.size() && t.get(e + 1).capitalised() && e > a))) {
                    e++;
                }
                if (e > a) {
                    String org = s.substring(t.get(a).start(), t.get(e - 1).end());
                    OrganisationKind kind = organisationKind(t, a, e);
                    claims.add(new OrganisationMention(t.get(a).start(), t.get(e - 1).end(), org, null,
                            kind == null ? OrganisationKind.OTHER : kind, countryOf(org), true));
                    affiliation = affiliation == null ? org : affiliation;
                    spanEnd = e;
                }
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
            i = spanEnd - 1;
        }
    }

    /** A country named before a title, where it starts, and whether it is part of the title (a name, not a demonym). */
    record Nationality(String code, int from, boolean partOfTitle) {
    }

    static Nationality nationalityBefore(String s, List<Token> t, int i, Claims claims) {
        return nationalityBefore(s, t, i, claims::isClaimed);
    }

    /** The same, where the words already claimed are told by index (the trained mentions step holds only the flags). */
    static Nationality nationalityBefore(String s, List<Token> t, int i, java.util.function.IntPredicate claimed) {
        int end = i;
        boolean possessive = end > 0 && t.get(end - 1).is("'s");
        if (possessive) {
            end--;
        }
        for (int words = Math.min(Lexicon.LONGEST_NATIONALITY, end); words >= 1; words--) {
            int from = end - words;
            if (claimed.test(from) || from > 0 && t.get(from - 1).is("/")) {
                continue; // "USAID/Vietnam Mission Director": the mission's place, not the person's country
            }
            String phrase = s.substring(t.get(from).start(), t.get(end - 1).end());
            String code = Lexicon.NATIONALITIES.get(phrase);
            if (code == null && possessive) {
                code = Lexicon.NATIONALITIES.get(phrase + "'s");
            }
            if (code == null && Lexicon.STATES.containsKey(phrase)) {
                // "Texas Agriculture Commissioner": a state's official, of the state's country; the state is in the title
                return new Nationality(Lexicon.STATES.get(phrase), from, !possessive);
            }
            if (code != null) {
                boolean demonym = Lexicon.DEMONYMS.contains(phrase);
                return new Nationality(code, from, !demonym && !possessive);
            }
        }
        return null;
    }

    /** "of Investment, Trade and Industry": a comma in a portfolio when portfolio words and an "and" close the list. */
    private static boolean portfolioListCloses(List<Token> t, int comma) {
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

    /** "USTR", "MOIT": two or more letters, all capitals. */
    private static boolean acronym(Token w) {
        String x = w.text();
        return x.length() >= 2 && x.chars().allMatch(Character::isLetter) && x.equals(x.toUpperCase(java.util.Locale.ROOT));
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
