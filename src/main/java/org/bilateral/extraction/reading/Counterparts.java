package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.NameWords.fullNameEnd;
import static org.bilateral.extraction.reading.Names.tokenAt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.bilateral.extraction.reading.Tokens.Token;

/** "his Australian counterpart Don Farrell": a counterpart of a nationality is a person of that country. */
final class Counterparts implements NameRule {

    private static final Pattern COUNTERPART = Pattern.compile(
            "\\b(?:his|her|their|its)\\s+(" + Places.nationalityAlternation() + ")\\s+(?:counterparts?|opposite numbers?|host)\\s*,?\\s+(?=\\p{Lu})");

    /** "his Australian counterpart Don Farrell": the nationality says the country; the title the text leaves unsaid. */
    @Override
    public void apply(Claims claims) {
        String s = claims.sentence();
        List<Token> t = claims.tokens();
        if (!s.contains("counterpart") && !s.contains("opposite number") && !s.contains(" host")) {
            return;
        }
        Matcher m = COUNTERPART.matcher(s);
        while (m.find()) {
            int i = tokenAt(t, m.end());
            int e = fullNameEnd(t, i, claims);
            if (e < 0) {
                continue;
            }
            claims.add(new PersonMention(t.get(i).start(), t.get(e - 1).end(), s.substring(t.get(i).start(), t.get(e - 1).end()), null,
                    Places.NATIONALITIES.get(m.group(1)), null, false, t.get(e - 1).end(), true));
        }
    }
}
