package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import static org.bilateral.extraction.reading.NameWords.isTitleWord;
import static org.bilateral.extraction.reading.NameWords.nameWord;
import static org.bilateral.extraction.reading.Names.countryOf;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Tokens.Token;

/** What follows a name after a comma: its title ("X, US Deputy Secretary of State for ..."), in capitals or in lower case, or a description ("X, a member of ..."). */
final class Appositions {

    private Appositions() {
    }

    record Apposition(@Nullable String title, @Nullable String country, int endToken) {
    }

    private static final Pattern APPOSITION_STOP = Pattern.compile(
            "^(?:who|which|said|says|stated|noted|added|told|stressed|affirmed|highlighted|emphasised|emphasized|in|on|at|during|as|while"
                    + "|when|after|before|to|held|met|had|has|have|was|is|were|are|also|for|with|about|expressed|welcomed|praised|called)$");

    /** The title after a name, set off by a comma and led by a capitalised title word; null when none follows. */
    static @Nullable Apposition apposition(String s, List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).is(",")) {
            return null;
        }
        int k = at + 1;
        if (k < t.size() && t.get(k).is("the")) {
            k++;
        }
        String country = null;
        if (k < t.size() && Places.NATIONALITIES.containsKey(t.get(k).text()) && k + 1 < t.size() && isTitleWord(t.get(k + 1))) {
            country = Places.NATIONALITIES.get(t.get(k).text());
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
    static @Nullable Apposition descriptive(List<Token> t, int at) {
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

    /** Title heads in lower case, as appositions write them ("the ministry's secretary-general", "special secretary"). */
    static final String LOWER_HEADS = "(?:secretary-general|director-general|secretary|minister|ambassador|chairman|chairwoman|chair|president"
            + "|director|chief executive|ceo|spokesperson|spokesman|spokeswoman|governor|head|adviser|advisor|envoy|negotiator|counsellor|counselor"
            + "|commissioner|manager|trade representative|representative|undersecretary|under secretary|official|consul|attaché|attache|officer)";

    private static final Pattern BARE_APPOSITION = Pattern.compile(
            "^,\\s+((?:(?:the|a|an)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}?" + LOWER_HEADS + "(?:\\s+(?:of|for|in|at|to)\\s+[^,;.]{1,60})?)(?=[,;.]|$)");

    /** "Brendan Lynch, assistant U.S. trade representative for South and Central Asia, ...": a title in lower case after a name. */
    static @Nullable Apposition lowerCaseApposition(String s, List<Token> t, int comma) {
        Matcher m = BARE_APPOSITION.matcher(s.substring(t.get(comma).start()));
        if (!m.find()) {
            return null;
        }
        // "the ministry's secretary-general": the office, without whose it is
        String title = m.group(1).replaceFirst("^(?:the|a|an)\\s+(?:[\\p{L}-]+(?:'s|’s)\\s+)?", "");
        int end = tokenAt(t, t.get(comma).start() + m.end(1));
        return new Apposition(title, countryOf(title), end < 0 ? t.size() : end);
    }
}
