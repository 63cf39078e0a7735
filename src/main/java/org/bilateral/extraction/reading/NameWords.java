package org.bilateral.extraction.reading;

import java.util.List;
import org.bilateral.extraction.reading.Tokens.Token;

/** What the name rules ask of a word: may it be part of a name, of a title, a Vietnamese family name; and where a full name ends. */
final class NameWords {

    private NameWords() {
    }

    /** A Vietnamese family name that is also an English word ("To Lam", "La Van"): a name when a name word follows. */
    static boolean familyNameWord(List<Token> t, int n) {
        return Lexicon.isVietnameseFamilyName(t.get(n).text()) && t.get(n).capitalised() && n + 1 < t.size() && nameWord(t.get(n + 1));
    }

    static boolean isTitleWord(Token w) {
        return w.capitalised() && (Lexicon.TITLE_HEADS.contains(w.text()) || Lexicon.TITLE_MODIFIERS.contains(w.text()));
    }

    static boolean nameWord(Token w) {
        String x = w.text();
        return w.capitalised() && Character.isLetter(x.charAt(0)) && !Lexicon.NOT_NAMES.contains(x)
                && !Lexicon.ORGANISATION_WORDS.containsKey(x) && !Lexicon.NATIONALITIES.containsKey(x)
                && !(x.length() > 1 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && !x.matches("\\p{Lu}\\."));
    }

    static boolean allOrdinary(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (w.capitalised() && !Lexicon.NOT_NAMES.contains(w.text()) && !Lexicon.NATIONALITIES.containsKey(w.text())) {
                return false;
            }
        }
        return true;
    }

    /** Where a full name of two to four words starting at token {@code i} ends, claiming it; -1 when there is none. */
    static int fullNameEnd(List<Token> t, int i, Claims claims) {
        int e = i;
        while (e >= 0 && e < t.size() && nameWord(t.get(e)) && !claims.isClaimed(e) && e - i < 4) {
            e++;
        }
        if (i < 0 || e - i < 2) {
            return -1;
        }
        claims.claim(i, e);
        return e;
    }
}
