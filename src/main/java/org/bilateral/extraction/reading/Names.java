package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * Finds people and organisations in one sentence from their context: a title before a name ("US Senator Bill
 * Hagerty"), a title after it ("Jacob Helberg, US Deputy Secretary of State for ..."), an acronym defined in
 * brackets, a corporate or institutional last word ("X Group", "X Airlines", "X Council"), a list after "executives
 * of" or "firms such as", and the names the register already holds.
 *
 * <p>Each way is one {@link NameRule} in its own file; they run in the order below over one {@link Claims}, and a word
 * one rule claims is not read by the rules after it. The last two rules revise the people found, in the text's order.
 */
final class Names {

    /** A person named in the sentence; {@code shortForm} when only one word of the name is given ("Senator Hagerty"). */
    record PersonMention(int start, int end, String name, @Nullable String title, @Nullable String country, @Nullable String affiliation,
                         boolean shortForm, int spanEnd, boolean countryStated) {

        PersonMention withCountry(String code) {
            return new PersonMention(start, end, name, title, code, affiliation, shortForm, spanEnd, true);
        }
    }

    /** An organisation named in the sentence; {@code affiliation} when it only qualifies a person. */
    record OrganisationMention(int start, int end, String name, @Nullable String acronym, @Nullable OrganisationKind kind, @Nullable String country,
                               boolean affiliation) {
    }

    record Found(List<PersonMention> people, List<OrganisationMention> organisations, boolean[] claimed) {
    }

    private final List<NameRule> rules;

    Names(Register register) {
        this.rules = List.of(
                new TitledPeople(),
                new AppositivePeople(),
                new HonorificPeople(),
                new AcronymDefinitions(),
                new Lists(),
                new Registered(register),
                new Counterparts(),
                new LedDelegations(),
                new LowerCaseTitles(),
                new InstitutionalNames(),
                new Parties(),
                Claims::inTextOrder,
                new SharedNationality(),
                new PossessedTitles());
    }

    Found find(String sentence, List<Token> tokens) {
        Claims claims = new Claims(sentence, tokens);
        for (NameRule rule : rules) {
            rule.apply(claims);
        }
        return claims.found();
    }

    /** The kind a name's words signal: its last word ("Group", "Council") or a government opener ("Ministry of"). */
    static @Nullable OrganisationKind organisationKind(List<Token> t, int from, int to) {
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

    static @Nullable String countryOf(String text) {
        // "USAID/Vietnam": an organisation's mission in a country belongs to the organisation, not to the country
        String owner = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
        return Places.countriesIn(owner).keySet().stream().findFirst().orElse(null);
    }

    /** A person's country from a Vietnamese family name, a nationality in the title, or a typically American office. */
    static @Nullable String countryOfPerson(String name, String title) {
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

    static int tokenAt(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }
}
