package org.bilateral.extraction.reading;

import java.util.List;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

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
                && !Lexicon.ORGANISATION_WORDS.containsKey(x) && !Places.NATIONALITIES.containsKey(x)
                && !(x.length() > 1 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && !x.matches("\\p{Lu}\\."));
    }

    static boolean allOrdinary(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (w.capitalised() && !Lexicon.NOT_NAMES.contains(w.text()) && !Places.NATIONALITIES.containsKey(w.text())) {
                return false;
            }
        }
        return true;
    }

    /** Where a full name of two to four words starting at token {@code i} ends, claiming it; -1 when there is none. */
    static int fullNameEnd(List<Token> t, int i, Claims claims) {
        int e = i;
        while (e >= 0 && e < t.size() && (nameWord(t.get(e)) || e > i && continuesName(t, e)) && !claims.isClaimed(e) && e - i - joiners(t, i, e) < 4) {
            e++;
        }
        if (i < 0 || e - i < 2) {
            return -1;
        }
        claims.claim(i, e);
        return e;
    }

    /**
     * Whether token {@code n} continues a name begun at the token before it although it is no {@link #nameWord}: a
     * Vietnamese given name that is also a place's word ("Nguyen Van Nam", but not the "Nam" of "Viet Nam" nor the "Hà"
     * of "Hà Nội"), or a Malay patronymic joiner between name words ("Azman bin Hassan").
     */
    static boolean continuesName(List<Token> t, int n) {
        if (n <= 0 || n >= t.size()) {
            return false;
        }
        Token w = t.get(n);
        Token before = t.get(n - 1);
        if (Lexicon.PATRONYMIC_JOINERS.contains(w.text())) {
            return nameWord(before) && n + 1 < t.size() && nameWord(t.get(n + 1));
        }
        if (!w.capitalised() || !Lexicon.VIETNAMESE_GIVEN_NAMES.contains(NameKey.of(w.text()))) {
            return false;
        }
        if (!nameWord(before) && !continuesName(t, n - 1)) {
            return false;
        }
        String next = n + 1 < t.size() ? t.get(n + 1).text() : "";
        return !placeName(before.text() + " " + w.text()) && !placeName(w.text() + " " + next);
    }

    private static boolean placeName(String words) {
        return Places.NATIONALITIES.containsKey(words) || Places.DATELINE_CITIES.containsKey(NameKey.of(words));
    }

    /**
     * Past the Malay honours that open a name at token {@code i} ("Tan Sri Datuk", "Datuk Seri Dr.", "Dato' Sri"): the
     * first token of the name, or {@code i} when none opens it or no name word follows them.
     */
    static int afterMalayHonours(List<Token> t, int i) {
        int k = i;
        boolean any = false;
        while (k < t.size()) {
            String w = t.get(k).text();
            java.util.Set<String> seconds = Lexicon.MALAY_HONOURS.get(w);
            if (seconds != null) {
                int after = k + 1;
                if (after < t.size() && (t.get(after).is("'") || t.get(after).is("’"))) {
                    after++;
                }
                if (after < t.size() && seconds.contains(t.get(after).text())) {
                    after++;
                } else if (!seconds.isEmpty() && (w.equals("Tan") || w.equals("Puan") || w.equals("Toh"))) {
                    break; // "Tan" without "Sri" is a family name
                }
                k = after;
                any = true;
            } else if (Lexicon.LEADING_HONOURS.contains(w) && k + 1 < t.size()
                    && (Lexicon.MALAY_HONOURS.containsKey(t.get(k + 1).text()) || t.get(k + 1).is("Dr.") || t.get(k + 1).is("Dr"))) {
                k++;
                any = true;
            } else if (any && (w.equals("Dr.") || w.equals("Dr"))) {
                k++;
            } else {
                break;
            }
        }
        return any && k < t.size() && nameWord(t.get(k)) ? k : i;
    }

    /** How many Malay or Arabic patronymic joiners ("bin", "binti") tokens {@code from} to {@code to} hold: they do not count as a name's words. */
    static int joiners(List<Token> t, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to && i < t.size(); i++) {
            if (Lexicon.PATRONYMIC_JOINERS.contains(t.get(i).text())) {
                n++;
            }
        }
        return n;
    }
}
