package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

/**
 * Finds people and organisations in one sentence from their context: a title before a name ("US Senator Bill
 * Hagerty"), a title after it ("Jacob Helberg, US Deputy Secretary of State for ..."), an acronym defined in
 * brackets, a corporate or institutional last word ("X Group", "X Airlines", "X Council"), a list after "executives
 * of" or "firms such as", and the names the register already holds.
 */
final class Names {

    /** A person named in the sentence; {@code shortForm} when only one word of the name is given ("Senator Hagerty"). */
    record PersonMention(int start, int end, String name, String title, String country, String affiliation,
                         boolean shortForm, int spanEnd, boolean countryStated) {

        PersonMention withCountry(String code) {
            return new PersonMention(start, end, name, title, code, affiliation, shortForm, spanEnd, true);
        }
    }

    /** An organisation named in the sentence; {@code affiliation} when it only qualifies a person. */
    record OrganisationMention(int start, int end, String name, String acronym, OrganisationKind kind, String country,
                               boolean affiliation) {
    }

    record Found(List<PersonMention> people, List<OrganisationMention> organisations, boolean[] claimed) {
    }

    private static final Pattern LIST_CONTEXT = Pattern.compile(
            "(?i)\\b(?:executives|representatives|leaders|leadership|CEOs|chief executives|heads|chairmen|delegations?|officials)\\s+(?:of|from)\\s+"
                    + "|\\b(?:companies|firms|corporations|enterprises|businesses|groups|carriers|airlines|banks|partners|giants|manufacturers|makers"
                    + "|producers|exporters|importers|investors|organisations|organizations|associations|agencies|conglomerates|corporates|players"
                    + "|brands|suppliers|buyers|units|members|participants|attendees)[,]?\\s+(?:\\p{L}+\\s+){0,3}?(?:such as|including|like|namely|as)\\s+"
                    + "|\\b(?:participants|attendees)\\s+(?:included|were|include)\\s+(?:\\p{L}+\\s+){0,4}?(?:such as\\s+)?"
                    + "|\\b(?:presentations|speakers|speeches|remarks|delegates|experts|contributions)\\s+(?:from|by)\\s+");

    private final Register register;

    Names(Register register) {
        this.register = register;
    }

    Found find(String sentence, List<Token> tokens) {
        boolean[] claimed = new boolean[tokens.size()];
        List<PersonMention> people = new ArrayList<>();
        List<OrganisationMention> organisations = new ArrayList<>();
        titledPeople(sentence, tokens, claimed, people, organisations);
        appositivePeople(sentence, tokens, claimed, people);
        honorificPeople(sentence, tokens, claimed, people);
        acronymDefinitions(sentence, tokens, claimed, organisations);
        lists(sentence, tokens, claimed, organisations);
        registered(sentence, tokens, claimed, people, organisations);
        counterparts(sentence, tokens, claimed, people);
        lowerCaseTitles(sentence, tokens, claimed, people);
        institutionalNames(sentence, tokens, claimed, organisations);
        parties(sentence, tokens, claimed, organisations);
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        sharedNationality(sentence, people);
        organisations.sort((a, b) -> Integer.compare(a.start(), b.start()));
        possessedTitles(sentence, people, organisations);
        return new Found(people, organisations, claimed);
    }

    // --- people with a title before the name -------------------------------------------------------------------

    private void titledPeople(String s, List<Token> t, boolean[] claimed, List<PersonMention> people,
                              List<OrganisationMention> organisations) {
        for (int i = 0; i < t.size(); i++) {
            if (claimed[i] || !isTitleWord(t.get(i))) {
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
                    if (Lexicon.PORTFOLIO.contains(w.text()) || Lexicon.NATIONALITIES.containsKey(w.text())) {
                        last = k;
                        k++;
                    } else if ((Lexicon.CONNECTORS.contains(w.text()) || w.is(",") && portfolioListCloses(t, k)) && k + 1 < t.size()
                            && (Lexicon.PORTFOLIO.contains(t.get(k + 1).text()) || t.get(k + 1).is("the"))) {
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
            int honorific = honorificAfter(t, j, claimed);
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
                    organisations.add(new OrganisationMention(t.get(orgFrom).start(), t.get(close - 1).end(), org,
                            acronymAt < 0 ? null : t.get(acronymAt).text(), kind == null ? OrganisationKind.OTHER : kind, countryOf(org), true));
                    bodyOfTitle = org;
                }
                titleEnd = close;
            }
            int n = honorific > 0 ? honorific + 1 : titleEnd;
            if (n == titleEnd && n + 2 < t.size() && t.get(n).is(",") && nameWord(t.get(n + 1)) && nameWord(t.get(n + 2))) {
                n++; // "India's Minister of Commerce and Industry, Piyush Goyal"
            }
            int nameFrom0 = n;
            List<Token> name = new ArrayList<>();
            while (n < t.size() && name.size() < 5 && !claimed[n] && (nameWord(t.get(n))
                    || name.isEmpty() && familyNameWord(t, n))) {
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
                    && !claimed[titleStart - 1] && !Lexicon.NATIONALITIES.containsKey(t.get(titleStart - 1).text())) {
                titleStart--;
                // "Commerce and Industry Minister": portfolios joined by "and" before the head
                // and "Economy, Trade and Industry Minister": listed with commas before the "and"
                if (titleStart > 1 && (t.get(titleStart - 1).is("and") || t.get(titleStart - 1).is("&") || t.get(titleStart - 1).is(",")
                        && s.substring(t.get(titleStart).start(), t.get(i).start()).contains(" and "))
                        && Lexicon.PORTFOLIO.contains(t.get(titleStart - 2).text()) && t.get(titleStart - 2).capitalised() && !claimed[titleStart - 2]) {
                    titleStart--;
                }
            }
            String country = null;
            int from = titleStart;
            i = titleStart;
            // nationality before the title: "US Senator", "Vietnamese Acting Minister", "India's Minister", "EU Ambassador"
            Nationality nationality = nationalityBefore(s, t, i, claimed);
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
                        && (!Lexicon.NOT_NAMES.contains(t.get(a - 1).text()) || a >= 2 && t.get(a - 2).is("/")) && !claimed[a - 1]) {
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
                    organisations.add(new OrganisationMention(t.get(a).start(), t.get(i - 1).end(), affiliation, null,
                            kind == null ? OrganisationKind.OTHER : kind, countryOf(affiliation), true));
                    for (int c = a; c < i; c++) {
                        claimed[c] = true;
                    }
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
                    organisations.add(new OrganisationMention(t.get(a).start(), t.get(e - 1).end(), org, null,
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
            for (int c = from; c < spanEnd; c++) {
                claimed[c] = true;
            }
            // A country's name in the title ("United States Trade Representative") is the office's, not a qualification.
            boolean stated = country != null && !countryInTitle || affiliation != null && countryOf(affiliation) != null;
            if (country == null) {
                country = countryOfPerson(personName, title);
            }
            people.add(new PersonMention(t.get(nameFrom).start(), t.get(nameTo - 1).end(), personName, title, country,
                    affiliation, name.size() == 1, t.get(spanEnd - 1).end(), stated));
            i = spanEnd - 1;
        }
    }

    /** A country named before a title, where it starts, and whether it is part of the title (a name, not a demonym). */
    record Nationality(String code, int from, boolean partOfTitle) {
    }

    static Nationality nationalityBefore(String s, List<Token> t, int i, boolean[] claimed) {
        int end = i;
        boolean possessive = end > 0 && t.get(end - 1).is("'s");
        if (possessive) {
            end--;
        }
        for (int words = Math.min(Lexicon.LONGEST_NATIONALITY, end); words >= 1; words--) {
            int from = end - words;
            if (claimed[from] || from > 0 && t.get(from - 1).is("/")) {
                continue; // "USAID/Vietnam Mission Director": the mission's place, not the person's country
            }
            String phrase = s.substring(t.get(from).start(), t.get(end - 1).end());
            String code = Lexicon.NATIONALITIES.get(phrase);
            if (code == null && possessive) {
                code = Lexicon.NATIONALITIES.get(phrase + "'s");
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
    private static int honorificAfter(List<Token> t, int j, boolean[] claimed) {
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

    /** A Vietnamese family name that is also an English word ("To Lam", "La Van"): a name when a name word follows. */
    private static boolean familyNameWord(List<Token> t, int n) {
        return Lexicon.isVietnameseFamilyName(t.get(n).text()) && t.get(n).capitalised() && n + 1 < t.size() && nameWord(t.get(n + 1));
    }

    /**
     * "a delegation of the US Chamber of Commerce (AmCham) led by its President Charles Freeman": the title is the
     * organisation's, named just before, and so is the person.
     */
    private static void possessedTitles(String s, List<PersonMention> people, List<OrganisationMention> organisations) {
        for (int k = 0; k < people.size(); k++) {
            PersonMention p = people.get(k);
            if (p.title() == null || p.affiliation() != null) {
                continue;
            }
            String before = s.substring(0, p.start());
            if (!before.endsWith("its " + p.title() + " ") && !before.endsWith("its " + p.title() + ", ")) {
                continue;
            }
            int titleAt = before.length() - p.title().length() - 5;
            OrganisationMention owner = null;
            for (OrganisationMention o : organisations) {
                if (o.end() <= titleAt) {
                    owner = o;
                }
            }
            if (owner != null) {
                String code = owner.country() != null ? owner.country() : p.country();
                people.set(k, new PersonMention(p.start(), p.end(), p.name(), p.title(), code, owner.name(), p.shortForm(), p.spanEnd(),
                        owner.country() != null || p.countryStated()));
            }
        }
    }

    private static final Pattern CONJOINED = Pattern.compile("^\\s*,?\\s*(?:and|as well as)\\s+$");

    /** "Indonesian Coordinating Minister A and Minister of Trade B": a nationality before a pair of titles covers both. */
    private static void sharedNationality(String s, List<PersonMention> people) {
        for (int k = 1; k < people.size(); k++) {
            PersonMention before = people.get(k - 1);
            PersonMention p = people.get(k);
            if (p.country() != null || !before.countryStated() || before.country() == null || p.title() == null
                    || before.spanEnd() > p.start()) {
                continue;
            }
            String between = s.substring(before.spanEnd(), p.start());
            int title = between.lastIndexOf(p.title());
            if (title >= 0 && CONJOINED.matcher(between.substring(0, title)).matches()) {
                people.set(k, p.withCountry(before.country()));
            }
        }
    }

    private static boolean endsWithModifierOnly(List<Token> t, int i, int j) {
        return j - i == 1 && Lexicon.TITLE_MODIFIERS.contains(t.get(i).text()) && !Lexicon.TITLE_HEADS.contains(t.get(i).text());
    }

    private static boolean isTitleWord(Token w) {
        return w.capitalised() && (Lexicon.TITLE_HEADS.contains(w.text()) || Lexicon.TITLE_MODIFIERS.contains(w.text()));
    }

    /** Where the name starts among the capitalised words after a title: at a Vietnamese family name, or the last two. */
    private static int nameStart(List<Token> name, boolean afterPortfolio) {
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

    private static boolean nameWord(Token w) {
        String x = w.text();
        return w.capitalised() && Character.isLetter(x.charAt(0)) && !Lexicon.NOT_NAMES.contains(x)
                && !Lexicon.ORGANISATION_WORDS.containsKey(x) && !Lexicon.NATIONALITIES.containsKey(x)
                && !(x.length() > 1 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && !x.matches("\\p{Lu}\\."));
    }

    // --- appositions: "X, US Deputy Secretary of State for ...", "X, Chairman of ..." -------------------------

    record Apposition(String title, String country, int endToken) {
    }

    private static final Pattern APPOSITION_STOP = Pattern.compile(
            "^(?:who|which|said|says|stated|noted|added|told|stressed|affirmed|highlighted|emphasised|emphasized|in|on|at|during|as|while"
                    + "|when|after|before|to|held|met|had|has|have|was|is|were|are|also|for|with|about|expressed|welcomed|praised|called)$");

    /** The title after a name, set off by a comma and led by a capitalised title word; null when none follows. */
    private static Apposition apposition(String s, List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).is(",")) {
            return null;
        }
        int k = at + 1;
        if (k < t.size() && t.get(k).is("the")) {
            k++;
        }
        String country = null;
        if (k < t.size() && Lexicon.NATIONALITIES.containsKey(t.get(k).text()) && k + 1 < t.size() && isTitleWord(t.get(k + 1))) {
            country = Lexicon.NATIONALITIES.get(t.get(k).text());
            k++;
        }
        if (k >= t.size() || !isTitleWord(t.get(k))) {
            return descriptive(t, at);
        }
        int start = k;
        int end = k;
        while (end < t.size()) {
            Token w = t.get(end);
            if (w.is(".") || w.is(";") || w.is("(") || w.is(")") || w.is("—") || w.is("\"") || w.is("“")) {
                break;
            }
            if (w.is(",")) {
                if (end + 1 >= t.size()) {
                    break;
                }
                Token next = t.get(end + 1);
                if (next.capitalised() || APPOSITION_STOP.matcher(next.text()).matches() || next.is("and") || next.is("the")) {
                    break;
                }
            }
            if (w.is("and") && end + 1 < t.size() && t.get(end + 1).capitalised() && !Lexicon.PORTFOLIO.contains(t.get(end + 1).text())) {
                break;
            }
            if ((w.is("on") || w.is("in") || w.is("at")) && end + 1 < t.size()
                    && (Lexicon.MONTHS.containsKey(t.get(end + 1).text().toLowerCase(java.util.Locale.ROOT))
                    || (w.is("in") && t.get(end + 1).capitalised()))) {
                break;
            }
            if (w.is("to") && end + 1 < t.size() && !t.get(end + 1).capitalised() && !t.get(end + 1).is("the")) {
                break;
            }
            end++;
        }
        // "To Lam, EU Ambassador to Vietnam Julien Guerrier met ...": a title followed by a name is that name's, not an apposition
        for (int w = start + 1; w + 2 <= end; w++) {
            Token next = w + 2 < t.size() ? t.get(w + 2) : null;
            boolean acts = next == null || w + 2 == end || Character.isLowerCase(next.text().charAt(0)) && !Lexicon.CONNECTORS.contains(next.text());
            if (acts && nameWord(t.get(w)) && nameWord(t.get(w + 1)) && !isTitleWord(t.get(w + 1))
                    && !Lexicon.PORTFOLIO.contains(t.get(w).text()) && !Lexicon.PORTFOLIO.contains(t.get(w + 1).text())) {
                return null;
            }
        }
        String title = s.substring(t.get(start).start(), t.get(end - 1).end()).replaceAll("[,\\s]+$", "");
        if (country == null) {
            country = countryOf(title);
        }
        return new Apposition(title, country, end);
    }

    /** A description set off by commas ("a member of ...", "head of ..."): not a title, but its organisations are not participants. */
    private static Apposition descriptive(List<Token> t, int at) {
        int k = at + 1;
        if (k >= t.size()) {
            return null;
        }
        String first = t.get(k).text();
        if (!(first.equals("a") || first.equals("an") || first.equals("head") || first.equals("chairman") || first.equals("member")
                || first.equals("one") || first.equals("chief") || first.equals("director") || first.equals("representing")
                || first.equals("the"))) {
            return null;
        }
        int end = k;
        while (end < t.size() && !t.get(end).is(".") && !t.get(end).is(";") && !t.get(end).is(",")) {
            end++;
        }
        return new Apposition(null, null, end);
    }

    // --- "Name Surname, Title ..." ---------------------------------------------------------------------------

    private void appositivePeople(String s, List<Token> t, boolean[] claimed, List<PersonMention> people) {
        for (int c = 1; c < t.size(); c++) {
            if (!t.get(c).is(",") || claimed[c - 1]) {
                continue;
            }
            int b = c;
            while (b > 0 && nameWord(t.get(b - 1)) && !claimed[b - 1] && c - b < 4) {
                b--;
            }
            int words = c - b;
            if (words < 2) {
                continue;
            }
            if (b > 0 && (t.get(b - 1).capitalised() && !Lexicon.NOT_NAMES.contains(t.get(b - 1).text()))) {
                continue;
            }
            Apposition appo = apposition(s, t, c);
            if (appo == null || appo.title() == null) {
                appo = lowerCaseApposition(s, t, c);
            }
            if (appo == null || appo.title() == null) {
                continue;
            }
            String name = s.substring(t.get(b).start(), t.get(c - 1).end());
            for (int k = b; k < appo.endToken(); k++) {
                claimed[k] = true;
            }
            String country = appo.country() != null ? appo.country() : countryOfPerson(name, appo.title());
            people.add(new PersonMention(t.get(b).start(), t.get(c - 1).end(), name, appo.title(), country, null, false,
                    t.get(appo.endToken() - 1).end(), appo.country() != null));
        }
    }

    // --- "Mr. Kagan", "Ms. Lim Siew Ling, the ministry's secretary-general" ---------------------------------------

    /** Title heads in lower case, as appositions write them ("the ministry's secretary-general", "special secretary"). */
    private static final String LOWER_HEADS = "(?:secretary-general|director-general|secretary|minister|ambassador|chairman|chairwoman|chair|president"
            + "|director|chief executive|ceo|spokesperson|spokesman|spokeswoman|governor|head|adviser|advisor|envoy|negotiator|counsellor|counselor"
            + "|commissioner|manager|trade representative|representative|undersecretary|under secretary|official|consul|attaché|attache|officer)";

    private static final Pattern LOWER_APPOSITION = Pattern.compile(
            "^,\\s+(?:the|its|his|her|their|a)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?((?:deputy\\s+|vice\\s+|assistant\\s+|chief\\s+|senior\\s+|general\\s+)*"
                    + LOWER_HEADS + "(?:\\s+(?:of|for)\\s+[^,;.]{1,60})?)(?=[,;.]|$)");

    private static final Pattern BARE_APPOSITION = Pattern.compile(
            "^,\\s+((?:(?:the|a|an)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}?" + LOWER_HEADS + "(?:\\s+(?:of|for|in|at|to)\\s+[^,;.]{1,60})?)(?=[,;.]|$)");

    /** "Brendan Lynch, assistant U.S. trade representative for South and Central Asia, ...": a title in lower case after a name. */
    private static Apposition lowerCaseApposition(String s, List<Token> t, int comma) {
        Matcher m = BARE_APPOSITION.matcher(s.substring(t.get(comma).start()));
        if (!m.find()) {
            return null;
        }
        // "the ministry's secretary-general": the office, without whose it is
        String title = m.group(1).replaceFirst("^(?:the|a|an)\\s+(?:[\\p{L}-]+(?:'s|’s)\\s+)?", "");
        int end = tokenAt(t, t.get(comma).start() + m.end(1));
        return new Apposition(title, countryOf(title), end < 0 ? t.size() : end);
    }

    /** An honorific before a name: one word is a short form ("Mr. Kagan"), more a full name with any title after it. */
    private static void honorificPeople(String s, List<Token> t, boolean[] claimed, List<PersonMention> people) {
        for (int h = 0; h + 1 < t.size(); h++) {
            if (claimed[h] || !Lexicon.HONORIFICS.contains(t.get(h).text())) {
                continue;
            }
            int e = h + 1;
            while (e < t.size() && e - h <= 4 && !claimed[e] && (nameWord(t.get(e)) || e == h + 1 && familyNameWord(t, e))) {
                e++;
            }
            if (e == h + 1) {
                continue;
            }
            String name = s.substring(t.get(h + 1).start(), t.get(e - 1).end());
            String title = null;
            int spanEnd = t.get(e - 1).end();
            Matcher m = LOWER_APPOSITION.matcher(s.substring(spanEnd));
            if (m.find()) {
                title = m.group(1).strip();
                spanEnd += m.end();
            }
            for (int c = h; c < e; c++) {
                claimed[c] = true;
            }
            people.add(new PersonMention(t.get(h + 1).start(), t.get(e - 1).end(), name, title, countryOfPerson(name, title), null,
                    e - h == 2, spanEnd, false));
            h = e - 1;
        }
    }

    // --- organisations -------------------------------------------------------------------------------------------

    private void acronymDefinitions(String s, List<Token> t, boolean[] claimed, List<OrganisationMention> organisations) {
        for (int p = 1; p + 2 < t.size(); p++) {
            if (!t.get(p).is("(") || !t.get(p + 2).is(")")) {
                continue;
            }
            Token acronym = t.get(p + 1);
            if (!acronym.capitalised() || !Character.isLetter(acronym.text().charAt(0))) {
                continue;
            }
            int b = chainStart(t, p, claimed);
            if (b < 0) {
                continue;
            }
            String name = s.substring(t.get(b).start(), t.get(p - 1).end());
            OrganisationKind kind = organisationKind(t, b, p);
            boolean upper = acronym.text().equals(acronym.text().toUpperCase(java.util.Locale.ROOT)) && acronym.text().length() >= 2;
            boolean ordinaryWords = allOrdinary(t, b, p);
            if (ordinaryWords || (kind == null && !upper && p - b < 2)) {
                continue;
            }
            if (kind == null && !upper) {
                kind = OrganisationKind.COMPANY;
            }
            for (int c = b; c <= p + 2; c++) {
                claimed[c] = true;
            }
            organisations.add(new OrganisationMention(t.get(b).start(), t.get(p + 2).end(), name, acronym.text(),
                    kind == null ? OrganisationKind.OTHER : kind, countryOf(name), false));
        }
    }

    /** Start of the capitalised chain that ends just before token {@code end}, or -1. */
    private static int chainStart(List<Token> t, int end, boolean[] claimed) {
        int b = end;
        while (b > 0) {
            Token w = t.get(b - 1);
            if (claimed[b - 1]) {
                break;
            }
            if (w.capitalised() && w.word()) {
                b--;
            } else if ((w.is("of") || w.is("and") || w.is("for") || w.is("&") || w.is("-") || w.is("–") || w.is("on") || w.is("in"))
                    && b - 2 >= 0 && t.get(b - 2).capitalised() && b < end) {
                b--;
            } else {
                break;
            }
        }
        while (b < end && (!t.get(b).capitalised() || Lexicon.NOT_NAMES.contains(t.get(b).text())
                && !Lexicon.NATIONALITIES.containsKey(t.get(b).text()) && !Lexicon.ORGANISATION_OPENERS.containsKey(t.get(b).text()))) {
            b++;
        }
        return b < end ? b : -1;
    }

    private static boolean allOrdinary(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (w.capitalised() && !Lexicon.NOT_NAMES.contains(w.text()) && !Lexicon.NATIONALITIES.containsKey(w.text())) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> LIST_HINTS = List.of("executive", "representative", "leader", "ceo", "heads", "chairmen",
            "delegation", "official", "such as", "including", "like ", "namely", "participant", "attendee", " as ", "presentation",
            "speaker", "speech", "remarks", "delegate", "expert", "contribution");

    private void lists(String s, List<Token> t, boolean[] claimed, List<OrganisationMention> organisations) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (LIST_HINTS.stream().noneMatch(lower::contains)) {
            return;
        }
        Matcher m = LIST_CONTEXT.matcher(s);
        while (m.find()) {
            // A list that closes with ", and" keeps "and" without a comma inside its names ("Customs and Border Protection").
            boolean oxford = s.indexOf(", and ", m.end()) > 0;
            int i = tokenAt(t, m.end());
            while (i >= 0 && i < t.size()) {
                if (t.get(i).is("the")) {
                    i++;
                    continue;
                }
                int b = i;
                int e = i;
                while (e < t.size() && !claimed[e] && (t.get(e).capitalised() && t.get(e).word()
                        || ((t.get(e).is("-") || t.get(e).is("–") || t.get(e).is("&") || t.get(e).is("of") || oxford && t.get(e).is("and"))
                        && e + 1 < t.size() && t.get(e + 1).capitalised() && e > b))) {
                    e++;
                }
                if (e == b) {
                    if (claimed[b]) {
                        while (b < t.size() && claimed[b]) {
                            b++;
                        }
                        i = listNext(t, b);
                        continue;
                    }
                    break;
                }
                String name = s.substring(t.get(b).start(), t.get(e - 1).end());
                if (!Lexicon.NATIONALITIES.containsKey(name) && !allOrdinary(t, b, e)) {
                    OrganisationKind kind = organisationKind(t, b, e);
                    organisations.add(new OrganisationMention(t.get(b).start(), t.get(e - 1).end(), name, null,
                            kind == null ? OrganisationKind.COMPANY : kind, countryOf(name), false));
                    for (int c = b; c < e; c++) {
                        claimed[c] = true;
                    }
                }
                i = listNext(t, e);
            }
        }
    }

    /** After a list item: past "(ACR)", a comma and "and", to the next item; -1 at the end of the list. */
    private static int listNext(List<Token> t, int e) {
        int i = e;
        if (i < t.size() && t.get(i).is(".") && i > 0 && t.get(i - 1).text().matches("Inc|Co|Corp|Ltd|Plc|Bros")) {
            i++;
        }
        if (i + 2 < t.size() && t.get(i).is("(") && t.get(i + 2).is(")")) {
            i += 3;
        }
        boolean separated = false;
        while (i < t.size() && (t.get(i).is(",") || t.get(i).is("and") || t.get(i).is("&"))) {
            separated = true;
            i++;
        }
        return separated ? i : -1;
    }

    private void registered(String s, List<Token> t, boolean[] claimed, List<PersonMention> people,
                            List<OrganisationMention> organisations) {
        if (register.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (claimed[i] || !t.get(i).capitalised()) {
                continue;
            }
            for (int len = Math.min(6, t.size() - i); len >= 1; len--) {
                if (claimedAny(claimed, i, i + len)) {
                    continue;
                }
                String text = s.substring(t.get(i).start(), t.get(i + len - 1).end());
                String key = NameKey.of(text);
                Register.Known known = register.find(key);
                if (known == null || (len == 1 && known.person())) {
                    continue;
                }
                if (known.person()) {
                    people.add(new PersonMention(t.get(i).start(), t.get(i + len - 1).end(), known.name(), known.title(),
                            known.country(), null, false, t.get(i + len - 1).end(), known.country() != null));
                } else {
                    organisations.add(new OrganisationMention(t.get(i).start(), t.get(i + len - 1).end(), known.name(), null,
                            known.kind(), known.country(), false));
                }
                for (int c = i; c < i + len; c++) {
                    claimed[c] = true;
                }
                i += len - 1;
                break;
            }
        }
    }

    private void institutionalNames(String s, List<Token> t, boolean[] claimed, List<OrganisationMention> organisations) {
        for (int i = 0; i < t.size(); i++) {
            if (claimed[i] || !t.get(i).capitalised()) {
                continue;
            }
            int e = i;
            while (e < t.size() && !claimed[e] && (t.get(e).capitalised() && t.get(e).word()
                    || ((t.get(e).is("of") || t.get(e).is("and") || t.get(e).is("for") || t.get(e).is("&") || t.get(e).is("-")
                    || t.get(e).is("–")) && e + 1 < t.size() && t.get(e + 1).capitalised() && e > i))) {
                e++;
            }
            if (e == i) {
                continue;
            }
            int b = i;
            // "The", "On Tuesday" open no name; "Business" opens the Business Council of Australia.
            while (b < e && Lexicon.NOT_NAMES.contains(t.get(b).text()) && !Lexicon.NATIONALITIES.containsKey(t.get(b).text())
                    && !Lexicon.ORGANISATION_OPENERS.containsKey(t.get(b).text())
                    && (Lexicon.FUNCTION_WORDS.contains(t.get(b).text()) || e - b <= 2 || Lexicon.TITLE_HEADS.contains(t.get(b).text()))) {
                b++;
            }
            OrganisationKind kind = b < e ? organisationKind(t, b, e) : null;
            if (kind != null && e - b >= 2 && !allOrdinary(t, b, e)) {
                String name = s.substring(t.get(b).start(), t.get(e - 1).end());
                organisations.add(new OrganisationMention(t.get(b).start(), t.get(e - 1).end(), name, null, kind,
                        countryOf(name), false));
                for (int c = b; c < e; c++) {
                    claimed[c] = true;
                }
            }
            i = e - 1;
        }
    }

    private static final Pattern COUNTERPART = Pattern.compile(
            "\\b(?:his|her|their|its)\\s+(" + Lexicon.nationalityAlternation() + ")\\s+(?:counterparts?|opposite numbers?|host)\\s*,?\\s+(?=\\p{Lu})");

    /** "his Australian counterpart Don Farrell": the nationality says the country; the title the text leaves unsaid. */
    private void counterparts(String s, List<Token> t, boolean[] claimed, List<PersonMention> people) {
        if (!s.contains("counterpart") && !s.contains("opposite number") && !s.contains(" host")) {
            return;
        }
        Matcher m = COUNTERPART.matcher(s);
        while (m.find()) {
            int i = tokenAt(t, m.end());
            int e = fullNameEnd(t, i, claimed);
            if (e < 0) {
                continue;
            }
            people.add(new PersonMention(t.get(i).start(), t.get(e - 1).end(), s.substring(t.get(i).start(), t.get(e - 1).end()), null,
                    Lexicon.NATIONALITIES.get(m.group(1)), null, false, t.get(e - 1).end(), true));
        }
    }

    /** Where a full name of two to four words starting at token {@code i} ends, claiming it; -1 when there is none. */
    private static int fullNameEnd(List<Token> t, int i, boolean[] claimed) {
        int e = i;
        while (e >= 0 && e < t.size() && nameWord(t.get(e)) && !claimed[e] && e - i < 4) {
            e++;
        }
        if (i < 0 || e - i < 2) {
            return -1;
        }
        for (int c = i; c < e; c++) {
            claimed[c] = true;
        }
        return e;
    }

    private static final Pattern LOWER_TITLE = Pattern.compile(
            "\\b(?:its|their|the|his|her|our)\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?=\\p{Lu}[\\p{L}\\p{M}]+\\s+\\p{Lu})");

    /** "led by its chairman Robert Keller": a title in lower case before a full name. */
    private void lowerCaseTitles(String s, List<Token> t, boolean[] claimed, List<PersonMention> people) {
        Matcher m = LOWER_TITLE.matcher(s);
        while (m.find()) {
            String words = m.group(1);
            String head = words.substring(words.lastIndexOf(' ') + 1);
            String capital = Character.toUpperCase(head.charAt(0)) + head.substring(1);
            if (!Lexicon.TITLE_HEADS.contains(capital) && !head.equals("ceo")) {
                continue;
            }
            int i = tokenAt(t, m.end());
            int e = fullNameEnd(t, i, claimed);
            if (e < 0) {
                continue;
            }
            String name = s.substring(t.get(i).start(), t.get(e - 1).end());
            people.add(new PersonMention(t.get(i).start(), t.get(e - 1).end(), name, words, countryOfPerson(name, null), null,
                    false, t.get(e - 1).end(), false));
        }
    }

    private static final Pattern PARTY_VERB = Pattern.compile(
            "^\\s*(?:\\([^)]{1,15}\\)\\s*)?(?:,\\s+[^,;]{3,60}?,\\s*)?(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:signed|inked|ordered|agreed to (?:buy|purchase|import)|will (?:buy|purchase|import|supply)|placed)\\b");
    private static final Pattern DEAL_CONTEXT = Pattern.compile("(?i)\\b(?:signed|inked|agreement|contract|deal|order|MOU|memorand)");

    /**
     * Untitled names that sign or order: "Saigon Skyways signed a purchase agreement with Aerion Aircraft ...".
     * A person in this genre comes with a title, so a bare name that signs is an organisation.
     */
    private void parties(String s, List<Token> t, boolean[] claimed, List<OrganisationMention> organisations) {
        if (!DEAL_CONTEXT.matcher(s).find()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (claimed[i] || !nameLike(t.get(i))) {
                continue;
            }
            int e = i;
            while (e < t.size() && !claimed[e] && (nameLike(t.get(e)) || (t.get(e).is("&") && e > i))) {
                e++;
            }
            boolean subject = e < t.size() && PARTY_VERB.matcher(s.substring(t.get(e - 1).end())).find();
            boolean object = i > 0 && (t.get(i - 1).is("with") || t.get(i - 1).is("from") || t.get(i - 1).is("to"))
                    && i > 1 && s.substring(0, t.get(i - 1).start()).matches("(?s).*\\b(?:signed|inked|buy|purchase|order|import|supply|agreement|contract|deal|MOU|memorandum of understanding)\\b.*");
            if ((subject || object) && !Lexicon.NATIONALITIES.containsKey(s.substring(t.get(i).start(), t.get(e - 1).end()))) {
                String name = s.substring(t.get(i).start(), t.get(e - 1).end());
                OrganisationKind kind = organisationKind(t, i, e);
                organisations.add(new OrganisationMention(t.get(i).start(), t.get(e - 1).end(), name, null,
                        kind == null ? OrganisationKind.COMPANY : kind, countryOf(name), false));
                for (int c = i; c < e; c++) {
                    claimed[c] = true;
                }
            }
            i = e;
        }
    }

    private static boolean nameLike(Token w) {
        return w.capitalised() && w.word() && !Lexicon.NOT_NAMES.contains(w.text()) && !Lexicon.MONTHS.containsKey(w.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The kind a name's words signal: its last word ("Group", "Council") or a government opener ("Ministry of"). */
    static OrganisationKind organisationKind(List<Token> t, int from, int to) {
        OrganisationKind last = Lexicon.ORGANISATION_WORDS.get(t.get(to - 1).text());
        if (last != null) {
            return last;
        }
        OrganisationKind opener = Lexicon.ORGANISATION_OPENERS.get(t.get(from).text());
        if (opener != null && to - from >= 3 && t.get(from + 1).is("of")) {
            return opener;
        }
        for (int i = from; i < to; i++) {
            OrganisationKind inner = Lexicon.ORGANISATION_WORDS.get(t.get(i).text());
            if (inner != null && i + 1 < to && t.get(i + 1).is("of") && inner != OrganisationKind.COMPANY) {
                return inner;
            }
        }
        return null;
    }

    static String countryOf(String text) {
        // "USAID/Vietnam": an organisation's mission in a country belongs to the organisation, not to the country
        String owner = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
        return Lexicon.countriesIn(owner).keySet().stream().findFirst().orElse(null);
    }

    /** A person's country from a Vietnamese family name, a nationality in the title, or a typically American office. */
    static String countryOfPerson(String name, String title) {
        String first = name.split("\\s+")[0];
        if (Lexicon.isVietnameseFamilyName(first) && name.split("\\s+").length >= 2) {
            return "VN";
        }
        String fromTitle = title == null ? null : countryOf(title);
        if (fromTitle != null) {
            return fromTitle;
        }
        if (title != null) {
            for (String office : Lexicon.AMERICAN_OFFICES) {
                if (title.contains(office)) {
                    return "US";
                }
            }
        }
        return null;
    }

    private static boolean claimedAny(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    static int tokenAt(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }
}
