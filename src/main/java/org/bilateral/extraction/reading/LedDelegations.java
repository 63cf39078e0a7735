package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.fullNameEnd;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/**
 * "Australian officials headed by Michael Grant", "a Texas delegation led by Trade Minister X": whoever heads a
 * country's or a state's officials is of that country. A name no earlier rule took becomes a person without a title;
 * a person a title rule found there, without a country, gets this one.
 */
final class LedDelegations implements NameRule {

    private static final Pattern LED = Pattern.compile("\\b(" + Places.nationalityAlternation() + "|"
            + Places.STATES.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\s+(?:[a-z-]+\\s+){0,2}?(?:officials|delegation|delegates|team|negotiators|side|mission)\\s*,?\\s+(?:headed|led)\\s+by\\s+"
            + "(?:(?:its|their|the)\\s+)?(?=\\p{Lu})");

    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        if (!s.contains(" by ")) {
            return;
        }
        List<Token> t = claims.tokens();
        Matcher m = LED.matcher(s);
        while (m.find()) {
            String code = Places.NATIONALITIES.containsKey(m.group(1)) ? Places.NATIONALITIES.get(m.group(1)) : Places.STATES.get(m.group(1));
            int i = tokenAt(t, m.end());
            if (i < 0) {
                continue;
            }
            if (claims.isClaimed(i)) {
                headedByATitledPerson(claims, m.end(), code);
                continue;
            }
            int e = fullNameEnd(t, i, claims);
            if (e < 0) {
                continue;
            }
            claims.add(new PersonMention(t.get(i).start(), t.get(e - 1).end(), s.substring(t.get(i).start(), t.get(e - 1).end()), null,
                    code, null, false, t.get(e - 1).end(), true));
        }
    }

    /** The person named first after "led by", within the same clause, takes the delegation's country when they have none. */
    private static void headedByATitledPerson(Claims claims, int from, String code) {
        List<PersonMention> people = claims.people();
        int nearest = -1;
        for (int k = 0; k < people.size(); k++) {
            if (people.get(k).start() >= from && (nearest < 0 || people.get(k).start() < people.get(nearest).start())) {
                nearest = k;
            }
        }
        if (nearest >= 0 && people.get(nearest).country() == null
                && !claims.sentence().substring(from, people.get(nearest).start()).matches("(?s).*[,;.].*")) {
            claims.revise(nearest, people.get(nearest).withCountry(code));
        }
    }
}
