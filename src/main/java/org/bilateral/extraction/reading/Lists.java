package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.allOrdinary;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.organisationKind;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "executives of A, B and C", "firms such as A and B": the names listed after a word for organisations. */
final class Lists implements NameRule {

    private static final Pattern LIST_CONTEXT = Pattern.compile(
            "(?i)\\b(?:executives|representatives|leaders|leadership|CEOs|chief executives|heads|chairmen|delegations?|officials)\\s+(?:of|from)\\s+"
                    + "|\\b(?:companies|firms|corporations|enterprises|businesses|groups|carriers|airlines|banks|partners|giants|manufacturers|makers"
                    + "|producers|exporters|importers|investors|organisations|organizations|associations|agencies|conglomerates|corporates|players"
                    + "|brands|suppliers|buyers|units|members|participants|attendees)[,]?\\s+(?:\\p{L}+\\s+){0,3}?(?:such as|including|like|namely|as)\\s+"
                    + "|\\b(?:participants|attendees)\\s+(?:included|were|include)\\s+(?:\\p{L}+\\s+){0,4}?(?:such as\\s+)?"
                    + "|\\b(?:presentations|speakers|speeches|remarks|delegates|experts|contributions)\\s+(?:from|by)\\s+");

    private static final List<String> LIST_HINTS = List.of("executive", "representative", "leader", "ceo", "heads", "chairmen",
            "delegation", "official", "such as", "including", "like ", "namely", "participant", "attendee", " as ", "presentation",
            "speaker", "speech", "remarks", "delegate", "expert", "contribution");

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
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
                while (e < t.size() && !claims.isClaimed(e) && (t.get(e).capitalised() && t.get(e).word()
                        || ((t.get(e).is("-") || t.get(e).is("–") || t.get(e).is("&") || t.get(e).is("of") || oxford && t.get(e).is("and"))
                        && e + 1 < t.size() && t.get(e + 1).capitalised() && e > b))) {
                    e++;
                }
                if (e == b) {
                    if (claims.isClaimed(b)) {
                        while (b < t.size() && claims.isClaimed(b)) {
                            b++;
                        }
                        i = listNext(t, b);
                        continue;
                    }
                    break;
                }
                String name = s.substring(t.get(b).start(), t.get(e - 1).end());
                if (!Places.NATIONALITIES.containsKey(name) && !allOrdinary(t, b, e)) {
                    OrganisationKind kind = organisationKind(t, b, e);
                    claims.add(new OrganisationMention(t.get(b).start(), t.get(e - 1).end(), name, null,
                            kind == null ? OrganisationKind.COMPANY : kind, countryOf(name), false));
                    claims.claim(b, e);
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
}
